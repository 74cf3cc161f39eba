// The extractive summary: picks K sentences of the body and returns them in article order.
import type { SummaryInput, SummaryOptions } from "../../model/types.ts";
import { cleanSentence } from "../sentences/clean-sentence.ts";
import { fitBrief } from "./fit-brief.ts";
import { isJunkSentence } from "../sentences/is-junk-sentence.ts";
import { scoreSentences, sentenceWords } from "./score-sentences.ts";
import { selectSentences } from "./select-sentences.ts";
import { splitSentences } from "../sentences/split-sentences.ts";
import { toPlainBlocks } from "../sentences/to-plain-blocks.ts";

/** Sentences in a summary when the options say nothing (default: 3). */
export const DEFAULT_SENTENCES = 3;

/** What summarising a body found on the way, for a digest to reuse. */
export interface SummaryWork {
  /** The summary, as `summarise` returns it. */
  summary: string[];
  /** The body's sentences as split, before cleanSentence. */
  sentences: string[];
  /**
   * Content stems (tokenizeWords) of each sentence as split, where scoring made them
   * from the same text (cleaning left the sentence unchanged); undefined elsewhere.
   */
  stems: (string[] | undefined)[];
}

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
  return summariseBody(input.text, k, blocks).summary;
}

/** summarise's work on a body for `k` sentences (k ≥ 0), with the sentences and stems it made on the way. */
export function summariseBody(text: string, k: number, blocks?: string[]): SummaryWork {
  const plainBlocks = blocks ?? toPlainBlocks(text);
  const split = splitSentences(text, { blocks: plainBlocks });
  const stems: (string[] | undefined)[] = new Array(split.length).fill(undefined);
  const sentences = split.map(cleanSentence);
  if (k === 0) return { summary: [], sentences: split, stems };
  const accept = fitBrief(sentences, plainBlocks);
  const all = sentences.map((_, i) => i);
  if (sentences.length <= k && all.every((i) => accept(i, all))) return { summary: sentences, sentences: split, stems };
  const junk = sentences.map(isJunkSentence);
  const words = sentenceWords(sentences);
  sentences.forEach((sentence, i) => {
    if (sentence === split[i]) stems[i] = words.words[i];
  });
  const scores = scoreSentences(sentences, words, junk);
  // A brief that stands on its own; when no sentence can (a text of headings, say), the best sentences as before.
  const fitting = selectSentences(words, scores, k, undefined, accept);
  const summary = (fitting.length ? fitting : selectSentences(words, scores, k))
    .sort((a, b) => a - b)
    .map((index) => sentences[index]!);
  return { summary, sentences: split, stems };
}
