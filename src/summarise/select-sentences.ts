// Chooses K sentences by score, skipping ones that repeat what is already chosen.
import type { SentenceWords } from "./score-sentences.ts";

/** Share of a candidate's words already in the chosen sentences above which it is skipped (default: 0.6). */
export const MAX_OVERLAP = 0.6;

/** Greedy: best score first; a sentence mostly made of chosen words is passed over while others remain. */
export function selectSentences(data: SentenceWords, scores: number[], k: number, maxOverlap = MAX_OVERLAP): number[] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const chosen: number[] = [];
  const chosenWords = new Set<string>();
  const skipped: number[] = [];
  for (const index of order) {
    if (chosen.length >= k) break;
    const words = data.words[index]!;
    const repeated = words.length ? words.filter((w) => chosenWords.has(w)).length / words.length : 0;
    if (repeated > maxOverlap) {
      skipped.push(index);
      continue;
    }
    chosen.push(index);
    for (const w of words) chosenWords.add(w);
  }
  for (const index of skipped) if (chosen.length < k) chosen.push(index);
  return chosen;
}
