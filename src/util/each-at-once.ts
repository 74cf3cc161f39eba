// Runs a task over many items with a bounded number at once: file work on thousands of files without running out of handles.

/** Files worked on at once by default: enough to keep the disk busy, few enough to stay far below the open-files limit. */
const FILES_AT_ONCE = 64;

/** Runs `task` over `items` (with each item's index), at most `limit` at once, in their order; rejects on the first failure. */
export async function eachAtOnce<T>(
  items: readonly T[],
  task: (item: T, index: number) => Promise<void>,
  limit = FILES_AT_ONCE,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
