// Scores each sentence of an article: a lead prior plus a few hand-made features, combined linearly.
import { countWords } from "../sentences/count-words.ts";
import { tokenizeWords } from "../sentences/tokenize-words.ts";

/**
 * The scoring's settings, one set for every kind of news (only K differs). The
 * three weights that were tuned (centroid, quote, long) were chosen by a coordinate
 * search on half of cnndm-dev and xsum-dev and checked on the other half
 * (scripts/eval/tune.ts); the rest were kept from the first summariser or left off
 * because they did not help on held-out articles.
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
  /**
   * Factor for a sentence opening with a quotation mark (default: 1, i.e. off).
   * 0.7 helped before long sentences were penalised; with that penalty it cost
   * XSum more than it gained on CNN/DM.
   */
  quote: number;
  /**
   * Words beyond which a sentence is "long" (default: 30). Reference summaries
   * run 12–25 words a sentence; ROUGE F1 punishes a 50-word sentence's extra words
   * as much as it rewards its hits, and the longest sentences in news copy are
   * often captions or lists glued together.
   */
  longWords: number;
  /** Penalty per `longWords` words beyond `longWords` (default: 0.2: a 60-word sentence loses 0.2, a fifth of the lead prior). */
  long: number;
  /** Bonus for a sentence with a number in it (default: 0; measured, no gain on held-out halves). */
  numbers: number;
  /** Bonus times the share of a sentence's words that are capitalised (default: 0; measured, hurt XSum). */
  names: number;
}

export const SCORE_SETTINGS: ScoreSettings = {
  decay: 5,
  shape: 4,
  centroid: 0.5,
  quote: 1,
  longWords: 30,
  long: 0.2,
  numbers: 0,
  names: 0,
};

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

/** One sentence's features, before weighting. */
export interface SentenceFeatures {
  index: number;
  centroid: number;
  quote: boolean;
  words: number;
  numbers: boolean;
  /** Share of words after the first that start with a capital. */
  names: number;
}

export function sentenceFeatures(sentences: string[], data: SentenceWords): SentenceFeatures[] {
  let norm = 0;
  for (const c of data.counts.values()) norm += c * c;
  norm = Math.sqrt(norm);
  return sentences.map((sentence, index) => {
    const { words, capitalised } = countWords(sentence);
    return {
      index,
      centroid: centroidSimilarity(data.words[index]!, data.counts, norm),
      quote: QUOTE_START.test(sentence),
      words,
      numbers: /\d/.test(sentence),
      names: words > 1 ? capitalised / (words - 1) : 0,
    };
  });
}

/** The weighted score of one sentence's features. */
export function weighFeatures(f: SentenceFeatures, settings: ScoreSettings = SCORE_SETTINGS): number {
  const prior = 1 / (1 + (f.index / settings.decay) ** settings.shape);
  const long = Math.max(0, f.words - settings.longWords) / settings.longWords;
  const score =
    prior +
    settings.centroid * f.centroid -
    settings.long * long +
    settings.numbers * (f.numbers ? 1 : 0) +
    settings.names * f.names;
  return score * (f.quote ? settings.quote : 1);
}

/** Scores sentences (higher is better); junk sentences get -1 so they are chosen only when nothing else is left. */
export function scoreSentences(
  sentences: string[],
  data: SentenceWords,
  junk: boolean[],
  settings: ScoreSettings = SCORE_SETTINGS,
): number[] {
  return sentenceFeatures(sentences, data).map((f, index) => (junk[index] ? -1 : weighFeatures(f, settings)));
}
