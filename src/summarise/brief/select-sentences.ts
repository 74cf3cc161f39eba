// Chooses K sentences by score, skipping ones that repeat what is already chosen or cannot stand where they would.
import type { SentenceWords } from "./score-sentences.ts";

/** Share of a candidate's words already in the chosen sentences above which it is skipped (default: 0.6). */
export const MAX_OVERLAP = 0.6;

/** Whether sentence `index` may join the ones chosen so far (default: always). */
export type AcceptSentence = (index: number, chosen: readonly number[]) => boolean;

/**
 * Greedy: best score first; a sentence mostly made of chosen words is passed over while others remain. A sentence
 * that `accept` turns down is taken with the sentence before it when both fit and there is room for two, else
 * tried again once more sentences are chosen (the one it leans on may be among them),
 * and is left out for good when it never fits: a brief may come out shorter than K rather than broken.
 */
export function selectSentences(
  data: SentenceWords,
  scores: number[],
  k: number,
  maxOverlap = MAX_OVERLAP,
  accept?: AcceptSentence,
): number[] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const chosen: number[] = [];
  const chosenWords = new Set<string>();
  const skipped: number[] = [];
  const choose = (index: number) => {
    chosen.push(index);
    for (const w of data.words[index]!) chosenWords.add(w);
  };
  let waiting: number[] = [];
  for (const index of order) {
    if (chosen.length >= k) break;
    const words = data.words[index]!;
    const repeated = words.length ? words.filter((w) => chosenWords.has(w)).length / words.length : 0;
    if (repeated > maxOverlap) {
      skipped.push(index);
      continue;
    }
    if (accept && !accept(index, chosen)) {
      // A sentence that leans on the one before it comes with that one, when both fit.
      const before = index - 1;
      if (
        chosen.length + 2 <= k &&
        before >= 0 &&
        !chosen.includes(before) &&
        accept(before, chosen) &&
        accept(index, [...chosen, before])
      ) {
        choose(before);
        choose(index);
      } else waiting.push(index);
      continue;
    }
    choose(index);
  }
  // Sentences turned down for what they lean on, tried again while choosing one lets another in.
  for (let changed = true; changed && chosen.length < k && waiting.length; ) {
    changed = false;
    for (const index of waiting) {
      if (chosen.length >= k) break;
      if (accept!(index, chosen)) {
        choose(index);
        changed = true;
      }
    }
    waiting = waiting.filter((index) => !chosen.includes(index));
  }
  for (const index of skipped) if (chosen.length < k && (!accept || accept(index, chosen))) choose(index);
  return chosen;
}
