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

/** Lower-cased words of a text, split on anything that is not a letter or digit. */
export function splitWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/** Stemmed content words: stopwords and single characters are dropped. */
export function tokenizeWords(text: string): string[] {
  const out: string[] = [];
  for (const word of splitWords(text)) {
    if (word.length < 2 || STOPWORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}
