// Picks an article's keywords: the common nouns and noun phrases it keeps coming back to.
import { STOPWORDS } from "../../util/stopwords.ts";
import { stem } from "../sentences/tokenize-words.ts";
import type { TaggedWord } from "../sentences/tag-words.ts";

/** Keywords per article (default: 8). */
export const MAX_KEYWORDS = 8;
/** Sentences counted as the lead, where a word's mention weighs double (default: 3). */
const LEAD_SENTENCES = 3;

/** A token's lower-case form, whether it is keyword-shaped (no stopword, number or short word) and then its stem. */
interface WordKey {
  lower: string;
  isWord: boolean;
  /** The stem of a keyword-shaped word, else "". */
  key: string;
}

/**
 * Word keys by token text, memoised: wink returns the same string for every
 * occurrence of a token, so a lookup here is cheaper than lower-casing, testing and
 * stemming it again (default bound: 50,000 tokens).
 */
const wordKeys = new Map<string, WordKey>();
const MAX_MEMO = 50_000;

function wordKey(value: string): WordKey {
  let entry = wordKeys.get(value);
  if (entry === undefined) {
    const lower = value.toLowerCase();
    const isWord = /^\p{L}[\p{L}-]{2,}$/u.test(lower) && !STOPWORDS.has(lower);
    entry = { lower, isWord, key: isWord ? stem(lower) : "" };
    if (wordKeys.size >= MAX_MEMO) wordKeys.clear();
    wordKeys.set(value, entry);
  }
  return entry;
}

interface Tally {
  /** The word or phrase as first written, reported for the whole stem group. */
  form: string;
  score: number;
  first: number;
}

/**
 * Scores common nouns, grouped by stem (names are the entities' job), and two-word noun
 * phrases ("cross-border terrorism"): one point a mention, two in the lead or
 * the title, a phrase counting only when it recurs. Returns the best
 * `MAX_KEYWORDS`, a phrase hiding the single words it contains.
 */
export function extractKeywords(sentences: TaggedWord[][], title = ""): string[] {
  const titleWords = new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}-]+/u)
      .map(stem),
  );
  const words = new Map<string, Tally>();
  const phrases = new Map<string, Tally>();
  let position = 0;
  const add = (map: Map<string, Tally>, key: string, form: string, weight: number): void => {
    const entry = map.get(key);
    if (entry) entry.score += weight;
    else map.set(key, { form, score: weight, first: position++ });
  };
  sentences.forEach((sentence, index) => {
    const weight = index < LEAD_SENTENCES ? 2 : 1;
    let previous: { key: string; form: string } | undefined;
    for (const token of sentence) {
      // Only nouns and adjectives count or start a phrase: skip the word tests for the rest.
      if (token.pos !== "NOUN" && token.pos !== "ADJ") {
        previous = undefined;
        continue;
      }
      const { lower, isWord, key } = wordKey(token.value);
      if (isWord && token.pos === "NOUN") {
        add(words, key, lower, titleWords.has(key) ? weight + 1 : weight);
        if (previous) add(phrases, `${previous.key} ${key}`, `${previous.form} ${lower}`, weight);
      }
      previous = isWord && (token.pos === "ADJ" || token.pos === "NOUN") ? { key, form: lower } : undefined;
    }
  });
  const candidates = [
    ...[...phrases.values()]
      .filter((t) => t.score >= 2)
      .map((t) => ({ key: t.form, score: t.score * 1.5, first: t.first })),
    ...[...words.values()].map((t) => ({ key: t.form, score: t.score, first: t.first })),
  ].sort((a, b) => b.score - a.score || a.first - b.first);
  const chosen: string[] = [];
  for (const { key } of candidates) {
    if (chosen.length >= MAX_KEYWORDS) break;
    if (chosen.some((c) => c.split(" ").includes(key) || key.split(" ").includes(c))) continue;
    chosen.push(key);
  }
  return chosen;
}
