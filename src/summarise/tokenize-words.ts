// Turns a sentence into the stemmed content words that the scoring compares.
import { stemmer } from "stemmer";
import { STOPWORDS } from "./stopwords.ts";

/** Stems are memoised: news vocabulary repeats, and stemming is most of the tokenising cost. */
const stems = new Map<string, string>();
/** Bounds the memo so a long-running build does not grow without limit (default: 50,000 words). */
const MAX_MEMO = 50_000;

/** Porter stem of a lower-case word (words of 3 letters or fewer kept as they are), memoised. */
export function stem(word: string): string {
  let result = stems.get(word);
  if (result === undefined) {
    result = word.length > 3 ? stemmer(word) : word;
    if (stems.size >= MAX_MEMO) stems.clear();
    stems.set(word, result);
  }
  return result;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Whether a non-ASCII character (or surrogate pair) is a letter or digit, remembered: news uses few of them. */
const wordChars = new Map<string, boolean>();

function isWordChar(char: string): boolean {
  let known = wordChars.get(char);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(char);
    if (wordChars.size < MAX_MEMO) wordChars.set(char, known);
  }
  return known;
}

/**
 * Lower-cased words of a text, split on anything that is not a letter or digit: as
 * `text.toLowerCase().split(/[^\p{L}\p{N}]+/u)` without empty pieces, but judging
 * ASCII by character code, which is most of the tokenising time saved.
 */
export function splitWords(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  const length = lower.length;
  let start = -1;
  for (let i = 0; i < length; i++) {
    const code = lower.charCodeAt(i);
    let word: boolean;
    let width = 1;
    if (code < 128) word = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    else {
      // A surrogate pair is one code point, as the /u regex sees it.
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
        const low = lower.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) width = 2;
      }
      word = isWordChar(lower.slice(i, i + width));
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) out.push(lower.slice(start));
  return out;
}

/** Content stems by word, "" for a stopword or a single character: one lookup a word instead of two. */
const contentStems = new Map<string, string>();

/** The stem of a lower-case content word, or "" for a stopword or a single character; memoised. */
export function contentStem(word: string): string {
  let result = contentStems.get(word);
  if (result === undefined) {
    result = word.length < 2 || STOPWORDS.has(word) ? "" : stem(word);
    if (contentStems.size >= MAX_MEMO) contentStems.clear();
    contentStems.set(word, result);
  }
  return result;
}

/** Stemmed content words: stopwords and single characters are dropped. */
export function tokenizeWords(text: string): string[] {
  const out: string[] = [];
  for (const word of splitWords(text)) {
    const key = contentStem(word);
    if (key) out.push(key);
  }
  return out;
}
