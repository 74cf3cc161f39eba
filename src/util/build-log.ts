// What a build tells the person running it: one line a stage, a live count on a terminal, and the tally for its last line.

/** What the stages of the last build counted, for the line that ends it. */
export interface BuildTally {
  stories: number;
  pages: number;
  /** Bytes of the search index (0 when it was left out). */
  indexBytes: number;
}

/** The tally of the build running in this process (the stages fill it in; reset when a build starts). */
export const buildTally: BuildTally = { stories: 0, pages: 0, indexBytes: 0 };

/** 10000 as "10,000": counts a reader takes in at a glance. */
export const formatCount = (count: number): string => count.toLocaleString("en-US");

/** Bytes as "834 KB" or "52.1 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Seconds since `startedAt` (ms), as "12.3 s". */
export const secondsSince = (startedAt: number): string => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;

let counting = false;

/** Prints a stage's line on stderr (over any live count), once: in CI, without a terminal, these are all there is. */
export function stageLine(text: string): void {
  process.stderr.write(`${counting ? "\r\x1b[K" : ""}${text}\n`);
  counting = false;
}

/** Clears a live count or note from the terminal, for a line printed otherwise (on stdout, say). */
export function clearCount(): void {
  if (counting) process.stderr.write("\r\x1b[K");
  counting = false;
}

/** Says on a terminal what a stage without a count is doing ("Relating the stories…"), until the next line or count. */
export function stageNote(text: string): void {
  if (!process.stderr.isTTY) return;
  counting = true;
  process.stderr.write(`\r\x1b[K${text}`);
}

/**
 * A live count for a stage on a terminal ("Drawing pages… 5,120", "Indexing for search… shard 2/4"), redrawn in
 * place at most every 100 ms; nothing without a terminal, where the stage's closing line says it all.
 */
export function stageCount(label: string): (done: number, total?: number) => void {
  let shownAt = 0;
  return (done, total) => {
    if (!process.stderr.isTTY) return;
    const now = Date.now();
    if (now - shownAt < 100 && done !== total) return;
    shownAt = now;
    counting = true;
    process.stderr.write(`\r\x1b[K${label} ${formatCount(done)}${total === undefined ? "" : `/${formatCount(total)}`}`);
  };
}
