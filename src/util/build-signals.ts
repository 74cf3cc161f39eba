// What the drawing process and the build that started it tell each other: the pages it draws; the pages linked for it.

/** A signal of the drawing process (cli/eleventy-process.ts sends them to the build that started it). */
export interface BuildSignal {
  /** The pages this build draws (the others are taken from the last build). */
  drawing: number;
  /** The stories of the site. */
  stories: number;
  /** The drawing process's memory (resident set) as it begins to draw, in MB. */
  rssMb: number;
  /** True when the run that begins draws one slice of the stories' pages (render/render-slices.ts), after the first. */
  slice?: boolean;
}

const listeners = new Set<(signal: BuildSignal) => void>();
/** The last signal, which a story slice's run tells again with the memory of the process then. */
let last: BuildSignal | undefined;

/** Tells every listener of this process (none but in a build's drawing process). */
export function signalBuild(signal: BuildSignal): void {
  last = signal;
  for (const listener of listeners) listener(signal);
}

/** Tells again, as a run that draws a slice of the stories' pages begins: the process's memory now. */
export function signalSliceRun(): void {
  if (last) signalBuild({ ...last, slice: true, rssMb: Math.round(process.memoryUsage.rss() / 2 ** 20) });
}

/** Listens to this process's signals until the returned function is called. */
export function onBuildSignal(listener: (signal: BuildSignal) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Resolved once the build has linked the last build's pages into the folder being drawn: true when it linked every
 * page the last build recorded and the folder holds no other page, false when it linked none (at once without it).
 */
let pagesLinked: Promise<boolean> = Promise.resolve(false);

/**
 * Has `whenPagesLinked` wait until the returned function is called with what the build linked: the build links the
 * last build's pages into the folder while this process starts (cli/run-eleventy.ts), and the pages are carried
 * only after (reuse-pages.ts).
 */
export function expectPagesLinked(): (all: boolean) => void {
  let done: (all: boolean) => void = () => {};
  pagesLinked = new Promise<boolean>((resolve) => {
    done = resolve;
  });
  return done;
}

/** Waits until the build's links into the folder being drawn are made, if it makes any: true when it linked them all. */
export const whenPagesLinked = (): Promise<boolean> => pagesLinked;
