// Decides which sentences a brief may take, and where: never a broken one, never one leaning on a sentence left out.
import { articleSentenceFaults, leansOn, namesInFull, openingSurname } from "./find-brief-faults.ts";
import type { AcceptSentence } from "./select-sentences.ts";

/** Speaker labels from which an article is taken for an interview (default: 3). */
export const INTERVIEW_LABELS = 3;

/**
 * Where an interview's introduction ends: the first sentence with a speaker label when at least `INTERVIEW_LABELS`
 * sentences carry one (a question-and-answer layout), else the article's length (not an interview).
 */
export function introductionEnd(sentences: string[], faults = articleSentenceFaults(sentences)): number {
  const labelled = faults.map((list) => list.includes("speaker-label"));
  if (labelled.filter(Boolean).length < INTERVIEW_LABELS) return sentences.length;
  return labelled.indexOf(true);
}

/**
 * The rule a brief's sentences must meet (for selectSentences): no open quotation, speaker label or heading; in an
 * interview with an introduction, only the introduction; a sentence opening with a pronoun or connective only after
 * the sentence before it, one opening with a pronoun only after another; one opening with a surname only after
 * one that names the person in full. `blocks` are the article's plain blocks (headings are blocks of their own).
 */
export function fitBrief(sentences: string[], blocks?: string[]): AcceptSentence {
  const faults = articleSentenceFaults(sentences, blocks);
  const broken = faults.map((list) => list.length > 0);
  const end = introductionEnd(sentences, faults);
  const limit = end > 0 && broken.slice(0, end).includes(false) ? end : sentences.length;
  const leaning = sentences.map(leansOn);
  const surnames = new Map<number, string>();
  // The text before each sentence is the start of the whole article's, up to where that sentence begins.
  const article = ` ${sentences.join(" ")}`;
  let before = 0;
  sentences.forEach((sentence, i) => {
    const surname = /^[\p{Lu}][\p{Ll}]/u.test(sentence) ? openingSurname(sentence, article, before) : undefined;
    if (surname) surnames.set(i, surname);
    before += sentence.length + 1;
  });
  return (index, chosen) => {
    if (broken[index] || index >= limit) return false;
    if (leaning[index] === "previous" && !chosen.includes(index - 1)) return false;
    if (leaning[index] === "earlier" && !chosen.some((other) => other < index)) return false;
    const surname = surnames.get(index);
    return !surname || chosen.some((other) => other < index && namesInFull(sentences[other]!, surname));
  };
}
