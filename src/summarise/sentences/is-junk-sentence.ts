// Recognises sentences that are page furniture rather than story: bylines, timestamps, prompts, notes to editors.
import { countWords } from "./count-words.ts";

/** A byline: "By Daily Mail Reporter", "Political correspondent". */
const BYLINE = /^(?:by\s+)?[\p{L}.' -]{0,60}\b(?:reporter|correspondent|editor)\s*\.?$/iu;

/** Lines a news page wraps around a story (Daily Mail bylines, share prompts, photo credits). */
const FURNITURE = [
  /^by\s*\.?\s*$/i,
  BYLINE,
  /^(?:published|updated|last updated)\s*:?\s*\.?/i,
  /^\d{1,2}:\d{2}\s*(?:[ap]m\s*)?(?:EST|EDT|GMT|BST|UTC)\b/i,
  /^\|\s*\.?$/,
  /\b(?:click here|scroll down|read more|follow us|sign up|subscribe|share this|e-?mail to a friend)\b/i,
  /^(?:photo|image|video|picture)s?\s*(?:credit)?\s*:/i,
  // A wiki's notes to its editors, pasted with the story: "-Article last amended: Mar 17 at 3:24:55 UTC (history)".
  /^[-–—•*]?\s*(?:article\s+)?last\s+(?:amended|edited|modified|revised)\s*:/i,
  /\bplease check the talk page\b/i,
];

/** What BYLINE needs at the very end; testing the tail spares the full pattern on most sentences. */
const BYLINE_TAIL = /(?:reporter|correspondent|editor)$/iu;

/** BYLINE can match only when the sentence ends in "reporter", "correspondent" or "editor" (then spaces, then maybe a dot). */
function mayBeByline(sentence: string): boolean {
  const bare = (sentence.endsWith(".") ? sentence.slice(0, -1) : sentence).trimEnd();
  return BYLINE_TAIL.test(bare.slice(-13));
}

/**
 * True when a sentence should never be in a summary: furniture as above, or too
 * short to say anything (fewer than 4 words, e.g. a heading or "He nodded.").
 */
export function isJunkSentence(sentence: string): boolean {
  if (countWords(sentence).words < 4) return true;
  return FURNITURE.some((pattern) => (pattern !== BYLINE || mayBeByline(sentence)) && pattern.test(sentence));
}
