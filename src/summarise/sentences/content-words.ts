// The stemmed content words of a text, by which stories are related: headline words, names, the opening's words.
import { STOPWORDS } from "../../util/stopwords.ts";
import { stem } from "./tokenize-words.ts";

/** Characters of a story's text that relating it to others reads: the opening carries the subject (3,000). */
export const OPENING_CHARS = 3_000;

/** Characters of a content word at least: a letter and three more (letters, digits, apostrophes, hyphens). */
const MIN_LENGTH = 4;
/** What a character is to a content word: it starts one (a letter), only goes on with one (a digit, ' ’ -), or ends it. */
const LETTER = 2;
const GOES_ON = 1;
const ENDS = 0;
const IS_LETTER = /^\p{L}$/u;
const IS_NUMBER = /^\p{N}$/u;
/** By ASCII code: a-z and A-Z letters, digits, the apostrophe and the hyphen go on, the rest ends a word. */
const ASCII = Uint8Array.from({ length: 128 }, (_, code) => {
  const char = String.fromCharCode(code);
  if (/[a-z]/i.test(char)) return LETTER;
  return /[0-9'-]/.test(char) ? GOES_ON : ENDS;
});
/** What other characters are, remembered: news uses few of them. */
const kinds = new Map<string, number>();
const MAX_MEMO = 50_000;

function kindOf(char: string): number {
  let kind = kinds.get(char);
  if (kind === undefined) {
    kind = IS_LETTER.test(char) ? LETTER : IS_NUMBER.test(char) || char === "’" ? GOES_ON : ENDS;
    if (kinds.size < MAX_MEMO) kinds.set(char, kind);
  }
  return kind;
}

/** Each word's stem with a final "'s" or "'" dropped, or "" for a stopword: one lookup a word instead of three steps. */
const stems = new Map<string, string>();

function headlineStem(word: string): string {
  let result = stems.get(word);
  if (result === undefined) {
    result = STOPWORDS.has(word) ? "" : stem(word.replace(/['’]s?$/, ""));
    if (stems.size >= MAX_MEMO) stems.clear();
    stems.set(word, result);
  }
  return result;
}

/**
 * The stemmed content words of a text (a headline, a name, a keyword): each run of letters, digits, apostrophes and
 * hyphens from its first letter on, when that is four characters or more, lower-cased, not a stopword, its final "'s"
 * dropped, stemmed. The same words as `/\p{L}[\p{L}\p{N}'’-]{3,}/gu` finds in the lower-cased text, read a character at
 * a time (ASCII by its code), which took half the time on the bench's stories.
 */
export function contentWords(text: string): string[] {
  const lower = text.toLowerCase();
  const length = lower.length;
  const words: string[] = [];
  let start = -1;
  let count = 0;
  for (let at = 0; at <= length; ) {
    const code = at < length ? lower.charCodeAt(at) : 32;
    let width = 1;
    let kind: number;
    if (code < 128) kind = ASCII[code]!;
    else {
      if (code >= 0xd800 && code <= 0xdbff && at + 1 < length) {
        const low = lower.charCodeAt(at + 1);
        if (low >= 0xdc00 && low <= 0xdfff) width = 2;
      }
      kind = kindOf(lower.slice(at, at + width));
    }
    if (start < 0) {
      if (kind === LETTER) {
        start = at;
        count = 1;
      }
    } else if (kind !== ENDS) count++;
    else {
      if (count >= MIN_LENGTH) {
        const word = headlineStem(lower.slice(start, at));
        if (word) words.push(word);
      }
      start = -1;
    }
    at += width;
  }
  return words;
}

/**
 * The stemmed content words of a text's opening (its first `OPENING_CHARS` characters), in order, joined by spaces:
 * one string rather than an array, so that the digests of a large site hold them in little memory.
 */
export function openingWords(text: string): string {
  return contentWords(text.slice(0, OPENING_CHARS)).join(" ");
}

/**
 * How often each stemmed content word of a text comes, as one string: the words in the order first seen, each with
 * ":" and its count when more than once ("ferri harbour:3 storm"). Content words hold no colon. Made with the digest,
 * so that comparing reports of one event does not stem every story's whole text again at each build.
 */
export function countedWords(text: string): string {
  return [...countWords(text)].map(([word, count]) => (count > 1 ? `${word}:${count}` : word)).join(" ");
}

/** How often each stemmed content word of `text` comes, in the order first seen. */
export function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of contentWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** The counts `countedWords` wrote, in the same order. */
export function readCountedWords(counted: string): Map<string, number> {
  const counts = new Map<string, number>();
  if (!counted) return counts;
  for (const entry of counted.split(" ")) {
    const colon = entry.indexOf(":");
    if (colon < 0) counts.set(entry, 1);
    else counts.set(entry.slice(0, colon), Number(entry.slice(colon + 1)));
  }
  return counts;
}
