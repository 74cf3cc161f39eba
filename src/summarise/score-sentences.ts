// Scores each sentence of an article: a strong lead prior plus its similarity to the whole story.
import { tokenizeWords } from "./tokenize-words.ts";

/**
 * The scoring's four tuned settings (chosen on cnndm-dev and xsum-dev together,
 * one set for all; see the eval notes in the final report of issue 4).
 */
export interface ScoreSettings {
  /** Position prior: sentence i gets 1 / (1 + (i / decay) ^ shape) (default: 5). */
  decay: number;
  /**
   * Shape of the prior (default: 4): the prior stays near 1 for the first few
   * sentences (i=2: 0.98, i=4: 0.71) and then falls fast (i=8: 0.13), because
   * news puts its point in the lead, but not always in sentence one.
   */
  shape: number;
  /** Weight of the cosine between a sentence and the rest of the article (default: 0.5). */
  centroid: number;
  /** Factor for a sentence opening with a quotation mark, rarely a summary (default: 0.7). */
  quote: number;
}

export const SCORE_SETTINGS: ScoreSettings = { decay: 5, shape: 4, centroid: 0.5, quote: 0.7 };

const QUOTE_START = /^["'“‘`]/;

/** The article's words, per sentence, computed once and shared by scoring and selection. */
export interface SentenceWords {
  words: string[][];
  /** Counts of each content word in the whole article. */
  counts: Map<string, number>;
}

export function sentenceWords(sentences: string[]): SentenceWords {
  const words = sentences.map(tokenizeWords);
  const counts = new Map<string, number>();
  for (const list of words) for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { words, counts };
}

/** Cosine between a sentence's word counts and the article's with the sentence's own words removed. */
function centroidSimilarity(words: string[], counts: Map<string, number>, norm: number): number {
  if (words.length === 0 || norm === 0) return 0;
  const own = new Map<string, number>();
  for (const w of words) own.set(w, (own.get(w) ?? 0) + 1);
  let dot = 0;
  let ownNorm = 0;
  for (const [w, c] of own) {
    dot += c * ((counts.get(w) ?? 0) - c);
    ownNorm += c * c;
  }
  return dot / (Math.sqrt(ownNorm) * norm);
}

/** Scores sentences (higher is better); junk sentences get -1 so they are chosen only when nothing else is left. */
export function scoreSentences(
  sentences: string[],
  data: SentenceWords,
  junk: boolean[],
  settings: ScoreSettings = SCORE_SETTINGS,
): number[] {
  let norm = 0;
  for (const c of data.counts.values()) norm += c * c;
  norm = Math.sqrt(norm);
  return data.words.map((words, index) => {
    if (junk[index]) return -1;
    const prior = 1 / (1 + (index / settings.decay) ** settings.shape);
    const centroid = centroidSimilarity(words, data.counts, norm);
    const factor = QUOTE_START.test(sentences[index]!) ? settings.quote : 1;
    return (prior + settings.centroid * centroid) * factor;
  });
}
