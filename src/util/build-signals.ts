// What the drawing process and the build that started it tell each other: the pages it draws; the pages linked for it.

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

/** Resolved once the build has linked the last build's pages into the folder being drawn (at once when it links none). */
let pagesLinked: Promise<void> = Promise.resolve();

/**
 * Has `whenPagesLinked` wait until the returned function is called: the build links the last build's pages into the
 * folder while this process starts (cli/run-eleventy.ts), and the pages are carried only after (reuse-pages.ts).
 */
export function expectPagesLinked(): () => void {
  let done = () => {};
  pagesLinked = new Promise<void>((resolve) => {
    done = resolve;
  });
  return done;
}

/** Waits until the build's links into the folder being drawn are made, if it makes any. */
export const whenPagesLinked = (): Promise<void> => pagesLinked;
