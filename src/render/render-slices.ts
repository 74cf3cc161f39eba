// A production build draws its pages in several Eleventy runs in one process: the site's other pages first, then
// the stories' pages in slices, because Eleventy keeps every page a run draws until the run ends.

interface SlicedBuild {
  run: number;
  runs: number;
  /** What the first run made for all of them (the site model), so that later runs do not make it again. */
  shared?: unknown;
}

let current: SlicedBuild | undefined;

/** Starts a sliced build (runEleventy does, for `broadsheet build`); until then every build is one run. */
export function beginSlicedBuild(): void {
  current = { run: 0, runs: 1 };
}

/** Ends the run in progress: true when another must follow, false when the build is done (and forgotten). */
export function nextRun(): boolean {
  if (!current) return false;
  current.run += 1;
  if (current.run < current.runs) return true;
  current = undefined;
  return false;
}

/** Forgets a sliced build that stopped early (a run threw). */
export function endSlicedBuild(): void {
  current = undefined;
}

/** True in the runs that draw only a slice of the stories' pages (every run after the first). */
export function isStorySliceRun(): boolean {
  return (current?.run ?? 0) > 0;
}

/** True in the last run of the build (always outside a sliced build). */
export function isLastRun(): boolean {
  return !current || current.run === current.runs - 1;
}

/** The run's number and the number of runs, for progress lines: [1, 1] outside a sliced build. */
export function runOf(): [number, number] {
  return current ? [current.run + 1, current.runs] : [1, 1];
}

/** `make()` once per sliced build, shared by its runs; outside a sliced build, `make()` each time. */
export function sharedAcrossRuns<T>(make: () => T): T {
  if (!current) return make();
  current.shared ??= make();
  return current.shared as T;
}

/**
 * The stories whose pages this run draws, out of `stories` (all the build draws): every one in a single run when
 * they fit in a slice of `size` (the site's renderSliceStories); otherwise none in the first run (the other pages) and one slice in each run after it.
 * Decides how many runs the build makes.
 */
export function storiesOfRun<T>(stories: T[], size: number): T[] {
  if (!current) return stories;
  if (stories.length <= size) {
    current.runs = 1;
    return current.run === 0 ? stories : [];
  }
  current.runs = 1 + Math.ceil(stories.length / size);
  return current.run === 0 ? [] : stories.slice((current.run - 1) * size, current.run * size);
}
