// Recognises sentences that are page furniture rather than story: bylines, timestamps, prompts.
import { countWords } from "./count-words.ts";

/** Lines a news page wraps around a story (Daily Mail bylines, share prompts, photo credits). */
const FURNITURE = [
  /^by\s*\.?\s*$/i,
  /^(?:by\s+)?[\p{L}.' -]{0,60}\b(?:reporter|correspondent|editor)\s*\.?$/iu,
  /^(?:published|updated|last updated)\s*:?\s*\.?/i,
  /^\d{1,2}:\d{2}\s*(?:[ap]m\s*)?(?:EST|EDT|GMT|BST|UTC)\b/i,
  /^\|\s*\.?$/,
  /\b(?:click here|scroll down|read more|follow us|sign up|subscribe|share this|e-?mail to a friend)\b/i,
  /^(?:photo|image|video|picture)s?\s*(?:credit)?\s*:/i,
];

/**
 * True when a sentence should never be in a summary: furniture as above, or too
 * short to say anything (fewer than 4 words, e.g. a heading or "He nodded.").
 */
export function isJunkSentence(sentence: string): boolean {
  if (countWords(sentence).words < 4) return true;
  return FURNITURE.some((pattern) => pattern.test(sentence));
}
