// Turns a sentence into the stemmed content words that the scoring compares.
import { stemmer } from "stemmer";
import { STOPWORDS } from "../../util/stopwords.ts";

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
 * The width (1, or 2 for a surrogate pair: one code point, as the /u regex sees it) of the letter or digit at `i`
 * of a lower-cased text, whose char code there is `code`; 0 when it is not one. ASCII is judged by code.
 */
function wordCharWidth(lower: string, i: number, code: number): number {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? 1 : 0;
  let width = 1;
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < lower.length) {
    const low = lower.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) width = 2;
  }
  return isWordChar(lower.slice(i, i + width)) ? width : 0;
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
    const width = wordCharWidth(lower, i, code);
    if (width) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
    if (width === 2) i++;
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

/**
 * Content stems by word, in an open-addressing table probed by a hash of the word's
 * characters: a word already seen is found without slicing it out of the text, and a
 * fresh string's Map lookup (hashing and comparing a new string) was most of the
 * tokenising time. Slots hold the word (to compare), its hash and its content stem.
 */
const TABLE_SIZE = 1 << 17; // a power of two over twice MAX_MEMO, so probes stay short
const tableWords: (string | undefined)[] = new Array(TABLE_SIZE).fill(undefined);
const tableStems: string[] = new Array(TABLE_SIZE).fill("");
const tableHashes = new Int32Array(TABLE_SIZE);
let tableCount = 0;

/** The content stem of lower[start, end), whose FNV-1a hash over UTF-16 units is `hash`. */
function lookUpStem(lower: string, start: number, end: number, hash: number): string {
  const length = end - start;
  let slot = hash & (TABLE_SIZE - 1);
  for (let word = tableWords[slot]; word !== undefined; word = tableWords[slot]) {
    if (tableHashes[slot] === hash && word.length === length) {
      let i = 0;
      while (i < length && word.charCodeAt(i) === lower.charCodeAt(start + i)) i++;
      if (i === length) return tableStems[slot]!;
    }
    slot = (slot + 1) & (TABLE_SIZE - 1);
  }
  const word = lower.slice(start, end);
  const result = contentStem(word);
  if (tableCount >= MAX_MEMO) {
    tableWords.fill(undefined);
    tableCount = 0;
    slot = hash & (TABLE_SIZE - 1);
  }
  tableWords[slot] = word;
  tableStems[slot] = result;
  tableHashes[slot] = hash;
  tableCount++;
  return result;
}

/**
 * Stemmed content words: stopwords and single characters are dropped. The words are
 * splitWords' (the same character tests), each looked up in the stem table as it is scanned.
 */
export function tokenizeWords(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  const length = lower.length;
  let start = -1;
  let hash = 0;
  for (let i = 0; i < length; i++) {
    const code = lower.charCodeAt(i);
    const width = wordCharWidth(lower, i, code);
    if (width) {
      if (start < 0) {
        start = i;
        hash = 0x811c9dc5 | 0;
      }
      hash = Math.imul(hash ^ code, 0x01000193);
      if (width === 2) hash = Math.imul(hash ^ lower.charCodeAt(i + 1), 0x01000193);
    } else if (start >= 0) {
      const key = lookUpStem(lower, start, i, hash);
      if (key) out.push(key);
      start = -1;
    }
    if (width === 2) i++;
  }
  if (start >= 0) {
    const key = lookUpStem(lower, start, length, hash);
    if (key) out.push(key);
  }
  return out;
}
