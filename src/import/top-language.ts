// franc-min's answer for a text (its first-ranked language), computed without building and sorting its full ranking.
import { data } from "franc-min/data.js";
import { expressions } from "franc-min/expressions.js";

// franc's own constants: it reads at most 2,048 characters, and a trigram a language lacks costs 300.
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/** The languages of one script, and the trigrams their models list, each with the languages that list it. */
interface ScriptModel {
  languages: string[];
  /** Each listed trigram's number, by its key (see `keyOf`). */
  numbers: Map<number | string, number>;
  /** By trigram number: [column, rank, column, rank…] for the languages whose models list it. */
  ranks: Int16Array[];
  /** By trigram number: how often it occurs in the text being read (zero between calls). */
  counts: Int32Array;
}

/**
 * A trigram's key: its three UTF-16 code units packed in one small integer when each is below U+0400 (Latin,
 * Greek and most of Cyrillic), which a Map hashes without making a string; else the trigram itself.
 */
function keyOf(first: number, second: number, third: number, trigram: string): number | string {
  return first < 0x400 && second < 0x400 && third < 0x400 ? (first << 20) | (second << 10) | third : trigram;
}

/**
 * franc compares each trigram of the text with all 44 Latin-script models (an object lookup per pair), then
 * sorts the 44 scores, which made it the largest cost of an import. Here one lookup per trigram gives
 * the few models that list it, and only the smallest score is kept.
 */
const models = new Map<string, ScriptModel>(
  Object.entries(data).map(([script, byLanguage]) => {
    const languages = Object.keys(byLanguage);
    const pairs = new Map<string, number[]>();
    languages.forEach((language, column) => {
      byLanguage[language]!.split("|").forEach((trigram, rank) => {
        const row = pairs.get(trigram) ?? [];
        // A trigram listed twice in one model keeps its first (best) rank, as in franc.
        if (row.at(-2) !== column) pairs.set(trigram, row.concat(column, rank));
      });
    });
    const numbers = new Map(
      [...pairs.keys()].map((trigram, number) => [
        keyOf(trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2), trigram),
        number,
      ]),
    );
    const ranks = [...pairs.values()].map((row) => Int16Array.from(row));
    return [script, { languages, numbers, ranks, counts: new Int32Array(ranks.length) }];
  }),
);

/** The share of `text`'s characters that `expression` (a script's, global) matches. */
const shareOf = (text: string, expression: RegExp): number => (text.match(expression)?.length ?? 0) / text.length || 0;

/**
 * The script with the largest share of `text`'s characters (the first on a tie), and that share. Most articles are
 * in Latin script: when it holds more than half the characters no other script can hold as many (no other
 * script's expression matches a Latin letter), so the other twenty are not scanned.
 */
function topScript(text: string): [string | undefined, number] {
  const latin = shareOf(text, expressions.Latin!);
  if (latin > 0.5) return ["Latin", latin];
  let top: string | undefined;
  let topShare = -1;
  for (const [script, expression] of Object.entries(expressions)) {
    const share = shareOf(text, expression);
    if (share > topShare) [top, topShare] = [script, share];
  }
  return [top, topShare];
}

/**
 * Counts the trigrams of `text` that `model` lists into `model.counts`, cleaned as franc cleans it (ASCII
 * punctuation and digits out, white space collapsed, lower case); returns the numbers of those it saw.
 */
function countTrigrams(text: string, model: ScriptModel): number[] {
  const cleaned = ` ${text
    .replace(/[\u0021-\u0040]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()} `;
  const seen: number[] = [];
  for (let at = 0; at + 3 <= cleaned.length; at++) {
    const first = cleaned.charCodeAt(at);
    const second = cleaned.charCodeAt(at + 1);
    const third = cleaned.charCodeAt(at + 2);
    // keyOf, inlined: the string is made only for the rare trigram outside U+0000–U+03FF.
    const number = model.numbers.get(
      first < 0x400 && second < 0x400 && third < 0x400
        ? (first << 20) | (second << 10) | third
        : cleaned.slice(at, at + 3),
    );
    if (number !== undefined && model.counts[number]!++ === 0) seen.push(number);
  }
  return seen;
}

/**
 * What `franc(text, { minLength })` returns (an ISO 639-3 code, or "und"), the same on every input: the same
 * script choice, and of that script's languages the one with the smallest distance, the first listed on a tie
 * (franc's sort is stable). franc adds 300 for each trigram a model lacks; here each trigram a model lists
 * takes 300 off instead, which shifts every language's distance by the same amount and keeps their order.
 */
export function topLanguage(text: string, minLength: number): string {
  if (!text || text.length < minLength) return "und";
  const sample = text.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  const model = script === undefined ? undefined : models.get(script);
  // A script that only one language of franc-min writes (Korean, Thai, Greek…) is that language.
  if (!model) return script === undefined || share === 0 ? "und" : script;
  const distances = new Float64Array(model.languages.length);
  for (const number of countTrigrams(sample, model)) {
    const count = model.counts[number]!;
    model.counts[number] = 0;
    const row = model.ranks[number]!;
    for (let at = 0; at < row.length; at += 2) {
      const column = row[at]!;
      distances[column] = distances[column]! + Math.abs(count - row[at + 1]! - 1) - MAX_DIFFERENCE;
    }
  }
  let best = 0;
  for (let column = 1; column < distances.length; column++) if (distances[column]! < distances[best]!) best = column;
  return model.languages[best]!;
}
