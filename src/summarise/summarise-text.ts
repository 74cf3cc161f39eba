// The extractive summary: picks K sentences of the body and returns them in article order.
import type { SummaryInput, SummaryOptions } from "../types.ts";
import { cleanSentence } from "./clean-sentence.ts";
import { isJunkSentence } from "./is-junk-sentence.ts";
import { scoreSentences, sentenceWords } from "./score-sentences.ts";
import { selectSentences } from "./select-sentences.ts";
import { splitSentences } from "./split-sentences.ts";

/** Sentences in a summary when the options say nothing (default: 3). */
export const DEFAULT_SENTENCES = 3;

/**
 * Summarises an article in `options.sentences` sentences (default: 3) taken from
 * its body, in article order. Sentences are scored by a lead prior and their
 * similarity to the article, page furniture and fragments are passed over, and a
 * sentence repeating the ones chosen is skipped. Deterministic: plain arithmetic
 * on the text, ties to the earlier sentence. The title is not used: on the
 * evaluation sets it did not help, and titles are often written after the fact.
 * Returns fewer sentences when the body has fewer, and [] for an empty body.
 * `blocks` are the body's toPlainBlocks, when the caller has made them already.
 */
export function summarise(input: SummaryInput, options: SummaryOptions = {}, blocks?: string[]): string[] {
  const k = Math.max(0, Math.floor(options.sentences ?? DEFAULT_SENTENCES));
  if (k === 0) return [];
  const sentences = splitSentences(input.text, { blocks }).map(cleanSentence);
  if (sentences.length <= k) return sentences;
  const junk = sentences.map(isJunkSentence);
  const words = sentenceWords(sentences);
  const scores = scoreSentences(sentences, words, junk);
  return selectSentences(words, scores, k)
    .sort((a, b) => a - b)
    .map((index) => sentences[index]!);
}
