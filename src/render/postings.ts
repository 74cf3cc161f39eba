// Lists of the stories that hold each term or word, for finding the stories that share one without comparing all pairs.

/** Lists of stories (and weights) by term id, as flat typed arrays: tens of thousands of stories stay small. */
export interface Postings {
  start: Int32Array;
  stories: Int32Array;
  weights: Float32Array;
}

/**
 * The lists of `lists` (each story's term ids and weights), one per term id below `size`, of the stories `keep`
 * accepts, in story order.
 */
export function makePostings(
  lists: { ids: ArrayLike<number>; weights: ArrayLike<number> }[],
  size: number,
  keep: (index: number) => boolean,
): Postings {
  const start = new Int32Array(size + 1);
  lists.forEach((list, index) => {
    if (keep(index)) for (let at = 0; at < list.ids.length; at++) start[list.ids[at]! + 1]!++;
  });
  for (let id = 0; id < size; id++) start[id + 1] = start[id + 1]! + start[id]!;
  const fill = start.slice(0, size);
  const stories = new Int32Array(start[size]!);
  const weights = new Float32Array(start[size]!);
  lists.forEach((list, index) => {
    if (!keep(index)) return;
    for (let at = 0; at < list.ids.length; at++) {
      const slot = fill[list.ids[at]!]!++;
      stories[slot] = index;
      weights[slot] = list.weights[at]!;
    }
  });
  return { start, stories, weights };
}
