// Picks an article's keywords: the common nouns and noun phrases it keeps coming back to.
import { STOPWORDS } from "./stopwords.ts";
import type { TaggedWord } from "./tag-words.ts";

/** Keywords per article (default: 8). */
export const MAX_KEYWORDS = 8;
/** Sentences counted as the lead, where a word's mention weighs double (default: 3). */
const LEAD_SENTENCES = 3;

interface Tally {
  score: number;
  first: number;
}

/**
 * Scores lemmas of common nouns (names are the entities' job) and two-word noun
 * phrases ("cross-border terrorism"): one point a mention, two in the lead or
 * the title, a phrase counting only when it recurs. Returns the best
 * `MAX_KEYWORDS`, a phrase hiding the single words it contains.
 */
export function extractKeywords(sentences: TaggedWord[][], title = ""): string[] {
  const titleWords = new Set(title.toLowerCase().split(/[^\p{L}\p{N}-]+/u));
  const words = new Map<string, Tally>();
  const phrases = new Map<string, Tally>();
  let position = 0;
  const add = (map: Map<string, Tally>, key: string, weight: number): void => {
    const entry = map.get(key);
    if (entry) entry.score += weight;
    else map.set(key, { score: weight, first: position++ });
  };
  sentences.forEach((sentence, index) => {
    const weight = index < LEAD_SENTENCES ? 2 : 1;
    let previous: string | undefined;
    for (const token of sentence) {
      const lemma = token.lemma.toLowerCase();
      const isNoun = token.pos === "NOUN" && /^\p{L}[\p{L}-]{2,}$/u.test(lemma) && !STOPWORDS.has(lemma);
      const isModifier = (token.pos === "ADJ" || token.pos === "NOUN") && /^\p{L}[\p{L}-]{2,}$/u.test(lemma) && !STOPWORDS.has(lemma);
      if (isNoun) {
        add(words, lemma, titleWords.has(lemma) || titleWords.has(token.value.toLowerCase()) ? weight + 1 : weight);
        if (previous) add(phrases, `${previous} ${lemma}`, weight);
      }
      previous = isModifier ? token.value.toLowerCase() : undefined;
    }
  });
  const candidates = [
    ...[...phrases].filter(([, t]) => t.score >= 2).map(([k, t]) => ({ key: k, score: t.score * 1.5, first: t.first })),
    ...[...words].map(([k, t]) => ({ key: k, score: t.score, first: t.first })),
  ].sort((a, b) => b.score - a.score || a.first - b.first);
  const chosen: string[] = [];
  for (const { key } of candidates) {
    if (chosen.length >= MAX_KEYWORDS) break;
    if (chosen.some((c) => c.split(" ").includes(key) || key.split(" ").includes(c))) continue;
    chosen.push(key);
  }
  return chosen;
}
