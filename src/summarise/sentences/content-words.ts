// The stemmed content words of a text, by which stories are related: headline words, names, the opening's words.
import { STOPWORDS } from "../../util/stopwords.ts";
import { stem } from "./tokenize-words.ts";

/** Headline words: letters (a hyphen or digits may follow, as in "COVID-19"), four or more, not a stopword. */
const CONTENT_WORD = /\p{L}[\p{L}\p{N}'’-]{3,}/gu;

/** Characters of a story's text that relating it to others reads: the opening carries the subject (3,000). */
export const OPENING_CHARS = 3_000;

/** The stemmed content words of a text (a headline, a name, a keyword). */
export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(CONTENT_WORD) ?? [];
  return words.filter((word) => !STOPWORDS.has(word)).map((word) => stem(word.replace(/['’]s?$/, "")));
}

/**
 * The stemmed content words of a text's opening (its first `OPENING_CHARS` characters), in order, joined by spaces:
 * one string rather than an array, so that the digests of a large site hold them in little memory.
 */
export function openingWords(text: string): string {
  return contentWords(text.slice(0, OPENING_CHARS)).join(" ");
}
