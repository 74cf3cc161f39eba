// Counts an article's words and its reading time.
import { countWords } from "./count-words.ts";

/** Reading speed in words a minute (default: 230, as Digest.readingMinutes documents). */
export const WORDS_PER_MINUTE = 230;

/** Words (runs containing a letter or digit) and whole reading minutes, at least 1. */
export function countReading(text: string): { wordCount: number; readingMinutes: number } {
  const wordCount = countWords(text).words;
  return { wordCount, readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) };
}
