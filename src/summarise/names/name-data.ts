// The name data built from npm data packages by scripts/tools/make-name-data.ts: given names across languages, countries, regions and cities.
import { readFileSync } from "node:fs";

const read = (file: string): string[] =>
  readFileSync(new URL(`./data/${file}`, import.meta.url), "utf8")
    .split("\n")
    .filter(Boolean);

/** Folds accents away, so "Bogota" finds "Bogotá" ("ł" and other letters without a base stay). */
export const foldAccents = (text: string): string => text.normalize("NFD").replace(/\p{M}/gu, "");

/**
 * Given names found in two or more public name lists (gender-detection-from-name's six
 * languages, @stdlib's English lists), lower case: evidence that a capitalised pair is a
 * person. Read once a process (a worker reads its own copy).
 */
export const LISTED_GIVEN_NAMES: ReadonlySet<string> = new Set(read("given-names.txt"));

/** Countries, first-level regions and cities of 100,000 people or more, by lower-case and accent-free form. */
export const LISTED_PLACES: ReadonlyMap<string, string> = new Map();
/** The lower-case forms of LISTED_PLACES that are cities (the sports rule treats them apart). */
export const LISTED_CITIES: ReadonlySet<string> = new Set();

for (const line of read("places.tsv")) {
  const [kind, name = ""] = line.split("\t");
  const keys = new Set([name.toLowerCase(), foldAccents(name).toLowerCase()]);
  for (const key of keys) {
    if (!(LISTED_PLACES as Map<string, string>).has(key)) (LISTED_PLACES as Map<string, string>).set(key, name);
    if (kind === "city") (LISTED_CITIES as Set<string>).add(key);
  }
}
