// Reads an ALL-CAPS dateline opening a sentence ("VAIL, Colorado —", "MEXICO CITY —") as a place, never an acronym.
import { keyOf } from "./classify-phrase.ts";
import { PLACES, PLACE_ALIASES } from "./gazetteer.ts";
import { LISTED_PLACES } from "./name-data.ts";
import type { TaggedWord } from "../sentences/tag-words.ts";

const DASHES = new Set(["—", "–", "-", "--"]);
const isShouted = (word: string): boolean => /^\p{Lu}[\p{Lu}.'’-]+$/u.test(word);
const titleCase = (word: string): string => word.charAt(0) + word.slice(1).toLowerCase();

/**
 * The dateline at the start of `sentence`: one to three capitalised words, all in
 * capitals, then a dash, or a comma, a capitalised region and a dash, within the
 * first eight tokens. Returns the place (as the gazetteer names it, else title-cased)
 * and how many tokens the capitals take; undefined when the sentence opens otherwise.
 */
export function readDateline(sentence: TaggedWord[]): { place: string; length: number } | undefined {
  let length = 0;
  while (length < 3 && isShouted(sentence[length]?.value ?? "")) length++;
  if (!length) return undefined;
  const next = sentence[length]?.value ?? "";
  let dashed = DASHES.has(next);
  if (next === "," || next === "(") {
    for (let i = length + 1; i < Math.min(sentence.length, length + 6) && !dashed; i++)
      dashed = DASHES.has(sentence[i]!.value);
  }
  if (!dashed) return undefined;
  const words = sentence.slice(0, length).map((t) => t.value);
  const key = keyOf(words);
  const place = PLACE_ALIASES.get(key) ?? PLACES.get(key) ?? LISTED_PLACES.get(key) ?? words.map(titleCase).join(" ");
  return { place, length };
}
