// The extractive summary: picks K sentences of the body and returns them in article order.
import type { SummaryInput, SummaryOptions } from "../types.ts";
import { cleanSentence } from "./clean-sentence.ts";
import { isJunkSentence } from "./is-junk-sentence.ts";
import { scoreSentences } from "./score-sentences.ts";
import { selectSentences } from "./select-sentences.ts";
import { splitSentences } from "./split-sentences.ts";

/** Sentences in a summary when the options say nothing (default: 3). */
export const DEFAULT_SENTENCES = 3;

/**
 * Summarises an article in `options.sentences` sentences (default: 3) taken from
 * its body, in article order. Deterministic: scores are plain arithmetic on the
 * text, and ties go to the earlier sentence. Returns fewer sentences when the
 * body has fewer, and [] for an empty body.
 */
export function summarise(input: SummaryInput, options: SummaryOptions = {}): string[] {
  const k = Math.max(0, Math.floor(options.sentences ?? DEFAULT_SENTENCES));
  if (k === 0) return [];
  const sentences = splitSentences(input.text).map(cleanSentence);
  if (sentences.length <= k) return sentences;
  const junk = sentences.map(isJunkSentence);
  const scores = scoreSentences(sentences, junk, input.title ?? "");
  return selectSentences(sentences, scores, junk, k)
    .sort((a, b) => a - b)
    .map((index) => sentences[index]!);
}
