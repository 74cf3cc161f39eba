// What the drawing process tells the build that started it while it draws: how many pages it draws.

/** A signal of the drawing process (cli/eleventy-process.ts sends them to the build that started it). */
export interface BuildSignal {
  /** The pages this build draws (the others are taken from the last build). */
  drawing: number;
  /** The stories of the site. */
  stories: number;
  /** The drawing process's memory (resident set) as it begins to draw, in MB. */
  rssMb: number;
}

const listeners = new Set<(signal: BuildSignal) => void>();

/** Tells every listener of this process (none but in a build's drawing process). */
export function signalBuild(signal: BuildSignal): void {
  for (const listener of listeners) listener(signal);
}

/** Listens to this process's signals until the returned function is called. */
export function onBuildSignal(listener: (signal: BuildSignal) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
