// Word vectors of stories (headline and opening, with the phrases of two words they hold), weighted by rarity across the site.
import { contentWords, openingWords } from "../summarise/sentences/content-words.ts";
import { type KeptBetweenBuilds, keptOrMade } from "../util/kept-between-builds.ts";
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
  /**
   * Each text's words from the last build, kept while its headline and opening are the same (texts with a `key`
   * only; default: none). The vectors are the same with or without it.
   */
  kept?: KeptBetweenBuilds;
}

/** One text to make a vector of. */
export interface VectorText {
  title: string;
  text: string;
  /** The text's opening words as `openingWords` gives them, when known (a story's digest has them): saves stemming again. */
  opening?: string;
  places?: string[];
  people?: string[];
  /** What the text's words are kept under between builds (its story's input path; default: not kept). */
  key?: string;
}

/** Where the phrase of words `a` and `b` is first looked for, in a table of `count` slots (a power of two). */
const slotOf = (a: number, b: number, count: number): number =>
  (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & (count - 1);

/**
 * Words and two-word phrases as numbers, each the same for as long as the table lives: one build's, or the dev
 * server's across its rebuilds.
 */
class WordTable {
  readonly words = new Map<string, number>();
  /** A phrase's two words (-1 for a word). */
  readonly firstOf: number[] = [];
  readonly secondOf: number[] = [];
  /**
   * The phrases' two words and number, three numbers a slot, in a table of open addressing (-1 for an empty slot):
   * millions of phrases are looked up in a build, and a Map of Maps spent most of its time on them.
   */
  #slots = new Int32Array(3 << 16).fill(-1);
  #phrases = 0;

  word(word: string): number {
    let id = this.words.get(word);
    if (id === undefined) {
      id = this.firstOf.length;
      this.words.set(word, id);
      this.firstOf.push(-1);
      this.secondOf.push(-1);
    }
    return id;
  }

  phrase(a: number, b: number): number {
    const slots = this.#slots;
    const count = slots.length / 3;
    let slot = slotOf(a, b, count);
    for (; slots[slot * 3 + 2] !== -1; slot = (slot + 1) & (count - 1))
      if (slots[slot * 3] === a && slots[slot * 3 + 1] === b) return slots[slot * 3 + 2]!;
    const id = this.firstOf.length;
    this.firstOf.push(a);
    this.secondOf.push(b);
    slots[slot * 3] = a;
    slots[slot * 3 + 1] = b;
    slots[slot * 3 + 2] = id;
    this.#phrases++;
    if (this.#phrases * 2 > count) this.#grow();
    return id;
  }

  /** Twice the slots, each phrase placed again: the table stays at most half full. */
  #grow(): void {
    const old = this.#slots;
    const count = (old.length / 3) * 2;
    const slots = new Int32Array(count * 3).fill(-1);
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2] === -1) continue;
      let slot = slotOf(old[at]!, old[at + 1]!, count);
      while (slots[slot * 3 + 2] !== -1) slot = (slot + 1) & (count - 1);
      slots.set(old.subarray(at, at + 3), slot * 3);
    }
    this.#slots = slots;
  }

  get size(): number {
    return this.firstOf.length;
  }
}

/**
 * A text's words in the table's numbers: the headline's, the opening's, and their phrases (the headline's first);
 * and the words that count for less (its places', its people's given names).
 */
interface TextWords {
  headline: Int32Array;
  body: Int32Array;
  phrases: Int32Array;
  lesser: Int32Array;
}

function textWords(table: WordTable, { title, text, opening, places = [], people = [] }: VectorText): TextWords {
  const headline = contentWords(title).map((word) => table.word(word));
  const words = opening ?? openingWords(text);
  const body = words ? words.split(" ").map((word) => table.word(word)) : [];
  const phrases: number[] = [];
  for (const run of [headline, body])
    for (let at = 1; at < run.length; at++) phrases.push(table.phrase(run[at - 1]!, run[at]!));
  // The words of the story's places, and phrases holding one ("Hong Kong", "kong police"), count for less; so does
  // a given name shared by two people ("Alexei" Leonov and "Alexei" Navalny): it is no shared person.
  const lesser = places.flatMap((place) => contentWords(place));
  for (const person of people) {
    const words = contentWords(person);
    if (words.length > 1) lesser.push(words[0]!);
  }
  return {
    headline: Int32Array.from(headline),
    body: Int32Array.from(body),
    phrases: Int32Array.from(phrases),
    lesser: Int32Array.from(lesser, (word) => table.word(word)),
  };
}

/**
 * The vectors of the given stories: damped counts of stemmed content words and two-word phrases (headline and
 * opening), times their inverse document frequency among these stories, the words of the story's own places and its
 * people's given names at `PLACE_WEIGHT`, normalised. A shared rare phrase ("extradition bill") says more than its
 * words. Words and phrases are numbered in the order the texts first hold them, and vectors kept as typed arrays, so
 * that tens of thousands of stories stay small in memory and quick to build, and the same texts give the same
 * vectors whatever was kept from an earlier build.
 */
export function textVectors(texts: VectorText[], options: TextVectorOptions = {}): TextVector[] {
  const maxDf = options.maxDf ?? Infinity;
  const { kept } = options;
  const table = keptOrMade(
    kept,
    "text-vectors:table",
    () => [],
    () => new WordTable(),
  );
  const words = texts.map((text) =>
    text.key === undefined
      ? textWords(table, text)
      : keptOrMade(
          kept,
          `text-words:${text.key}`,
          () => [text.title, text.opening ?? text.text, text.places?.join("\n"), text.people?.join("\n")],
          () => textWords(table, text),
        ),
  );
  // This build's ids, in the order the texts first hold each word or phrase: the same ids whatever the table holds.
  const idOf = new Int32Array(table.size).fill(-1);
  const df: number[] = [];
  const first: number[] = [];
  const second: number[] = [];
  const idFor = (entry: number): number => {
    let id = idOf[entry]!;
    if (id === -1) {
      id = idOf[entry] = df.length;
      df.push(0);
      const a = table.firstOf[entry]!;
      first.push(a === -1 ? id : idOf[a]!);
      second.push(a === -1 ? -1 : idOf[table.secondOf[entry]!]!);
    }
    return id;
  };
  // Each text's distinct ids, ascending, with how often each occurs: counted in one array shared by all texts.
  let tally = new Int32Array(1 << 16);
  const distinct: number[] = [];
  const add = (entries: Int32Array, times: number) => {
    for (let at = 0; at < entries.length; at++) {
      const id = idFor(entries[at]!);
      if (id >= tally.length) {
        const grown = new Int32Array(Math.max(id + 1, tally.length * 2));
        grown.set(tally);
        tally = grown;
      }
      if (tally[id] === 0) distinct.push(id);
      tally[id] = tally[id]! + times;
    }
  };
  const counted = words.map(({ headline, body, phrases }) => {
    distinct.length = 0;
    add(headline, HEADLINE_TIMES);
    add(body, 1);
    add(phrases, 1);
    const ids = Int32Array.from(distinct).sort();
    const counts = new Int32Array(ids.length);
    for (let at = 0; at < ids.length; at++) {
      const id = ids[at]!;
      counts[at] = tally[id]!;
      tally[id] = 0;
      df[id]!++;
    }
    return { ids, counts };
  });
  const total = Math.max(2, texts.length);
  const rarity = Float64Array.from(df, (count) => Math.log(total / count));
  return counted.map(({ ids: all, counts }, index) => {
    const where = new Set<number>();
    for (const entry of words[index]!.lesser) if (idOf[entry] !== -1) where.add(idOf[entry]!);
    let kept = 0;
    for (let at = 0; at < all.length; at++) if (df[all[at]!]! <= maxDf) kept++;
    const ids = new Int32Array(kept);
    const weights = new Float32Array(kept);
    let sum = 0;
    for (let at = 0, to = 0; at < all.length; at++) {
      const id = all[at]!;
      if (df[id]! > maxDf) continue;
      const lessened = where.size > 0 && (where.has(first[id]!) || where.has(second[id]!));
      const weight = (1 + Math.log(counts[at]!)) * rarity[id]! * (lessened ? PLACE_WEIGHT : 1);
      ids[to] = id;
      weights[to++] = weight;
      sum += weight * weight;
    }
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
