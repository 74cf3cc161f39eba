// Word vectors of stories (headline and opening, with the phrases of two words they hold), weighted by rarity across the site.
import { contentWords, openingWords } from "../summarise/sentences/content-words.ts";
/** Times a headline's words count against the text's: the headline says what the story is about (default: 3). */
const HEADLINE_TIMES = 3;
/** What a word of a place the story names, or a person's given name, counts for: they say where, or share a first name, not what happened (default: 0.3). */
const PLACE_WEIGHT = 0.3;

/** One story's vector: word ids in ascending order and their weights, scaled to length 1. */
export interface TextVector {
  ids: Int32Array;
  weights: Float32Array;
}

/** Options of textVectors. */
export interface TextVectorOptions {
  /**
   * Words and phrases in more texts than this are left out of every vector: they say what kind of news a story is
   * ("killed", "said on Monday"), never what it is about, and they cost the most to compare (default: none left out).
   */
  maxDf?: number;
}

/** Keys of two-word phrases: the first word's id times this, plus the second's (more words than this never occur). */
const PHRASE_KEY = 2 ** 26;

/**
 * The vectors of the given stories: damped counts of stemmed content words and two-word phrases (headline and
 * opening), times their inverse document frequency among these stories, the words of the story's own places and its
 * people's given names at `PLACE_WEIGHT`, normalised. A shared rare phrase ("extradition bill") says more than its
 * words. Words and phrases are interned as numbers and vectors kept as typed arrays, so that tens of thousands of
 * stories stay small in memory and quick to build.
 */
export function textVectors(
  texts: {
    title: string;
    text: string;
    /** The text's opening words as `openingWords` gives them, when known (a story's digest has them): saves stemming again. */
    opening?: string;
    places?: string[];
    people?: string[];
  }[],
  options: TextVectorOptions = {},
): TextVector[] {
  const maxDf = options.maxDf ?? Infinity;
  const wordIds = new Map<string, number>();
  const phraseIds = new Map<number, number>();
  const df: number[] = [];
  // The words of each id: itself for a word, and -1 as its second; both words of a phrase.
  const first: number[] = [];
  const second: number[] = [];
  const wordId = (word: string): number => {
    let id = wordIds.get(word);
    if (id === undefined) {
      id = df.length;
      wordIds.set(word, id);
      df.push(0);
      first.push(id);
      second.push(-1);
    }
    return id;
  };
  const phraseId = (a: number, b: number): number => {
    const key = a * PHRASE_KEY + b;
    let id = phraseIds.get(key);
    if (id === undefined) {
      id = df.length;
      phraseIds.set(key, id);
      df.push(0);
      first.push(a);
      second.push(b);
    }
    return id;
  };
  const counted = texts.map(({ title, text, opening }) => {
    const counts = new Map<number, number>();
    const add = (id: number) => counts.set(id, (counts.get(id) ?? 0) + 1);
    const headline = contentWords(title).map(wordId);
    const words = opening ?? openingWords(text);
    const body = words ? words.split(" ").map(wordId) : [];
    for (let time = 0; time < HEADLINE_TIMES; time++) headline.forEach(add);
    body.forEach(add);
    for (let at = 1; at < headline.length; at++) add(phraseId(headline[at - 1]!, headline[at]!));
    for (let at = 1; at < body.length; at++) add(phraseId(body[at - 1]!, body[at]!));
    for (const id of counts.keys()) df[id]!++;
    return counts;
  });
  const total = Math.max(2, texts.length);
  return counted.map((counts, index) => {
    // The words of the story's places, and phrases holding one ("Hong Kong", "kong police"), count for less.
    const where = new Set<number>();
    const lessen = (word: string | undefined) => {
      const id = word === undefined ? undefined : wordIds.get(word);
      if (id !== undefined) where.add(id);
    };
    for (const place of texts[index]!.places ?? []) contentWords(place).forEach(lessen);
    // A given name shared by two people ("Alexei" Leonov and "Alexei" Navalny) is no shared person.
    for (const person of texts[index]!.people ?? []) {
      const words = contentWords(person);
      if (words.length > 1) lessen(words[0]);
    }
    const ids = Int32Array.from([...counts.keys()].filter((id) => df[id]! <= maxDf).sort((a, b) => a - b));
    const weights = new Float32Array(ids.length);
    let sum = 0;
    ids.forEach((id, at) => {
      const lessened = where.has(first[id]!) || where.has(second[id]!);
      const weight = (1 + Math.log(counts.get(id)!)) * Math.log(total / df[id]!) * (lessened ? PLACE_WEIGHT : 1);
      weights[at] = weight;
      sum += weight * weight;
    });
    const norm = Math.sqrt(sum) || 1;
    for (let at = 0; at < weights.length; at++) weights[at] = weights[at]! / norm;
    return { ids, weights };
  });
}

/** The cosine of two vectors (both of length 1). */
export function textCosine(a: TextVector, b: TextVector): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}
