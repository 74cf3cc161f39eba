// Word vectors of stories (headline and opening, with the phrases of two words they hold), weighted by rarity across the site.
import { contentWords } from "./story-terms.ts";

/** Characters of a story's text read for its vector: the opening carries the subject (default: 3,000). */
const OPENING_CHARS = 3_000;
/** Times a headline's words count against the text's: the headline says what the story is about (default: 3). */
const HEADLINE_TIMES = 3;
/** What a word of a place the story names counts for: places say where, not what happened (default: 0.3). */
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

/** The words and two-word phrases of a headline and text: a shared rare phrase ("extradition bill") says more than its words. */
function textTerms(title: string, text: string): string[] {
  const headline = contentWords(title);
  const words = [...Array.from({ length: HEADLINE_TIMES }, () => headline).flat(), ...contentWords(text.slice(0, OPENING_CHARS))];
  const phrases: string[] = [];
  for (let at = 1; at < headline.length; at++) phrases.push(`${headline[at - 1]} ${headline[at]}`);
  const body = words.slice(HEADLINE_TIMES * headline.length);
  for (let at = 1; at < body.length; at++) phrases.push(`${body[at - 1]} ${body[at]}`);
  return [...words, ...phrases];
}

/**
 * The vectors of the given stories: damped counts of stemmed content words and two-word phrases (headline and
 * opening), times their inverse document frequency among these stories, the words of the story's own places at
 * `PLACE_WEIGHT`, normalised. Words are interned as numbers and vectors kept as typed arrays, so that tens of
 * thousands of stories stay small in memory.
 */
export function textVectors(texts: { title: string; text: string; places?: string[]; people?: string[] }[], options: TextVectorOptions = {}): TextVector[] {
  const maxDf = options.maxDf ?? Infinity;
  const idOf = new Map<string, number>();
  const df: number[] = [];
  const words: string[] = [];
  const counted = texts.map(({ title, text }) => {
    const counts = new Map<number, number>();
    for (const word of textTerms(title, text)) {
      let id = idOf.get(word);
      if (id === undefined) {
        id = df.length;
        idOf.set(word, id);
        df.push(0);
        words.push(word);
      }
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const id of counts.keys()) df[id]!++;
    return counts;
  });
  const total = Math.max(2, texts.length);
  return counted.map((counts, index) => {
    // The ids of the words of the story's places, and of phrases holding one ("Hong Kong", "kong police").
    const where = new Set((texts[index]!.places ?? []).flatMap((place) => contentWords(place)));
    // A given name shared by two people ("Alexei" Leonov and "Alexei" Navalny) is no shared person.
    for (const person of texts[index]!.people ?? []) {
      const [given, ...rest] = contentWords(person);
      if (given && rest.length) where.add(given);
    }
    const ids = Int32Array.from([...counts.keys()].filter((id) => df[id]! <= maxDf).sort((a, b) => a - b));
    const weights = new Float32Array(ids.length);
    let sum = 0;
    ids.forEach((id, at) => {
      const weight = (1 + Math.log(counts.get(id)!)) * Math.log(total / df[id]!) * (where.size && words[id]!.split(" ").some((word) => where.has(word)) ? PLACE_WEIGHT : 1);
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
