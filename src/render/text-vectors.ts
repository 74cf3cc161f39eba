// Word vectors of stories' opening text, weighted by rarity across the site, for telling stories on one subject from look-alikes.
import { contentWords } from "./story-terms.ts";

/** Characters of a story's text read for its vector: the opening carries the subject (default: 2,000). */
const OPENING_CHARS = 2_000;

/** One story's vector: word ids in ascending order and their weights, scaled to length 1. */
export interface TextVector {
  ids: Int32Array;
  weights: Float32Array;
}

/**
 * The vectors of the given texts: damped counts of stemmed content words (headline and opening), times their
 * inverse document frequency among these texts, normalised. Words are interned as numbers and vectors kept as
 * typed arrays, so that tens of thousands of stories stay small in memory.
 */
export function textVectors(texts: string[]): TextVector[] {
  const idOf = new Map<string, number>();
  const df: number[] = [];
  const counted = texts.map((text) => {
    const counts = new Map<number, number>();
    for (const word of contentWords(text.slice(0, OPENING_CHARS))) {
      let id = idOf.get(word);
      if (id === undefined) {
        id = df.length;
        idOf.set(word, id);
        df.push(0);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const id of counts.keys()) df[id]!++;
    return counts;
  });
  const total = Math.max(2, texts.length);
  return counted.map((counts) => {
    const ids = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
    const weights = new Float32Array(ids.length);
    let sum = 0;
    ids.forEach((id, at) => {
      const weight = (1 + Math.log(counts.get(id)!)) * Math.log(total / df[id]!);
      weights[at] = weight;
      sum += weight * weight;
    });
    const norm = Math.sqrt(sum) || 1;
    for (let at = 0; at < weights.length; at++) weights[at] = weights[at]! / norm;
    return { ids, weights };
  });
}

/** The cosine of two vectors (both of length 1). */
export function textCosine(a: TextVector, b: TextVector): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}
