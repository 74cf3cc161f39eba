// How similar each story's text is to the site's stories at large: the background a related story must stand out from.
import type { TextVector } from "./text-vectors.ts";

/** Each story's expected cosine with a story drawn at random from the site, and the spread of that cosine. */
export interface TextBackground {
  mean: Float64Array;
  spread: Float64Array;
}

/**
 * The background of each vector against the vectors of `among` (the stories that may be shown as related),
 * estimated from the site's mean weight of each word and its mean square, as if words occurred independently: a
 * story written in the site's common words is close to every story, and needs a candidate closer still. This costs
 * one pass over the vectors instead of comparing every pair of stories.
 */
export function textBackground(vectors: TextVector[], among: boolean[]): TextBackground {
  let size = 0;
  for (const vector of vectors) for (const id of vector.ids) size = Math.max(size, id + 1);
  const sum = new Float64Array(size);
  const squares = new Float64Array(size);
  let count = 0;
  vectors.forEach((vector, index) => {
    if (!among[index]) return;
    count++;
    vector.ids.forEach((id, at) => {
      const weight = vector.weights[at]!;
      sum[id] = sum[id]! + weight;
      squares[id] = squares[id]! + weight * weight;
    });
  });
  const mean = new Float64Array(vectors.length);
  const spread = new Float64Array(vectors.length);
  vectors.forEach((vector, index) => {
    // The other stories only: a story is not part of its own background.
    const self = among[index] ? 1 : 0;
    const n = Math.max(1, count - self);
    let expected = 0;
    let variance = 0;
    vector.ids.forEach((id, at) => {
      const weight = vector.weights[at]!;
      const average = (sum[id]! - self * weight) / n;
      expected += weight * average;
      variance += weight * weight * Math.max(0, (squares[id]! - self * weight * weight) / n - average * average);
    });
    mean[index] = expected;
    spread[index] = Math.sqrt(variance);
  });
  return { mean, spread };
}
