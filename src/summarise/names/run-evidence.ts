// What a run of name words and the tokens around it say of it: a person who speaks, a given name, a city, an ordinary
// word opening a sentence, a list of places, a place by its preposition.
import { bare, isAcronym } from "./classify-phrase.ts";
import { PLACES, PLACE_ALIASES } from "./gazetteer.ts";
import { DEMONYMS, NAME_JOINERS, ORG_WORDS, OTHER_WORDS, TITLE_MODIFIERS, TITLE_WORDS } from "./name-words.ts";
import { GIVEN_NAMES } from "./given-names.ts";
import { LISTED_CITIES, LISTED_GIVEN_NAMES, LISTED_PLACES } from "./name-data.ts";
import { placedByPreposition } from "./name-context.ts";
import { readNameRun } from "./read-name-run.ts";
import { dictionaryTag, isDictionaryWord } from "../sentences/tag-words.ts";
import type { TaggedWord } from "../sentences/tag-words.ts";
import { isCapitalised, type NameRun, SPEECH_VERBS } from "./name-runs.ts";

/** True when the tokens after a name mark a person: "said", ", 45,", ", who". */
export function attestsPerson(after: string[]): boolean {
  const [first = "", second = ""] = after.map((t) => t.toLowerCase());
  return SPEECH_VERBS.has(first) || (first === "," && (/^\d{1,3}$/.test(second) || second === "who"));
}

/** A given name from the short list or the listed ones ("Spike", "Stefano", "Dariusz"). */
export function isGivenName(word: string): boolean {
  const key = word.toLowerCase();
  return GIVEN_NAMES.has(key) || LISTED_GIVEN_NAMES.has(key);
}

/**
 * A given name that is evidence of a person: not a particle written with a capital ("Al Jazeera", "El Niño",
 * "La Liga"), which the name lists hold as given names ("Al") but which opens names of papers, channels and things too.
 */
export const isPersonsGivenName = (word: string): boolean => !NAME_JOINERS.has(word.toLowerCase()) && isGivenName(word);

/** A city or a town, not a country or region: listed as a city, or named "… City". */
export const isCity = (name: string): boolean => LISTED_CITIES.has(name.toLowerCase()) || / City$/.test(name);

/** Tokens after which a word is capitalised as a sentence's first: quotes, brackets, a colon, a dash. */
const OPENERS = new Set(['"', "“", "'", "‘", "(", "[", ":", "—", "–", "-"]);

/**
 * True when a run opens a sentence with an ordinary English word that would start a person's name:
 * "Regarding Trump's call", "Previous SpaceX pods", "Co-author Jing-Shan Zhao said". Titles, given names
 * and places keep their own rules.
 */
export function opensWithOrdinaryWord(run: NameRun, lowerWords: Set<string>): boolean {
  const first = run.words[0]!;
  if (run.words.length < 2 || !(run.start === 0 || OPENERS.has(run.before[1] ?? ""))) return false;
  if (isGivenName(first) || TITLE_WORDS.has(bare(first)) || TITLE_MODIFIERS.has(bare(first))) return false;
  // A noun may be a given name no list holds ("Mitt Romney"), unless the article writes it in lower case too.
  const tag = dictionaryTag(first);
  if (tag === undefined || ((tag === "NOUN" || tag === "PROPN") && !lowerWords.has(first.toLowerCase()))) return false;
  // "Real Madrid", "Inter Milan": an ordinary word before a place names a club or a firm.
  const second = run.words[1]!.toLowerCase();
  if (PLACES.has(second) || LISTED_PLACES.has(second)) return false;
  const [phrase] = readNameRun(run.words);
  return phrase !== undefined && phrase.kind === "person" && phrase.name.startsWith(`${first} `);
}

/**
 * The runs of a list of four names or more ("Lombardy, Veneto, Sicily, Apulia and Lazio"), joined by commas, "and"
 * or "or", of which three or more, and a third or more, are known places: their indexes.
 */
export function listedWithPlaces(sentence: TaggedWord[], runs: NameRun[]): Set<number> {
  const out = new Set<number>();
  let group: number[] = [];
  const close = (): void => {
    const phrases = group.flatMap((i) => readNameRun(runs[i]!.words));
    const known = phrases.filter((phrase) => phrase.kind === "place").length;
    if (phrases.length >= 4 && known >= 3 && known * 3 >= phrases.length) for (const i of group) out.add(i);
    group = [];
  };
  runs.forEach((run, i) => {
    const previous = runs[i - 1];
    if (previous) {
      const between = sentence.slice(previous.start + previous.words.length, run.start).map((t) => t.value);
      if (!(between.length >= 1 && between.length <= 2 && between.every((v) => v === "," || v === "and" || v === "or")))
        close();
    }
    group.push(i);
  });
  close();
  return out;
}

/** Tokens after a place that end its phrase: "Redmond, Washington, is", "Kourou in French Guiana". */
const CLOSERS = new Set([",", ".", ";", ":", "—", "–", ")"]);

/**
 * True when a word no list holds is a place by what stands around it: "in Redmond", "at Baracoa", "near Kourou",
 * "Redmond, Washington," (not "Tesla in Texas": an organisation stands in a place too). Not for a word English uses ("Python" is none; "Windows",
 * "Gothenburg" are in wink's lexicon) or a word the article writes in lower case.
 */
export function placeByContext(run: NameRun, name: string, lowerWords: Set<string>): boolean {
  const key = name.toLowerCase();
  // A given name may be a town's ("in Lawton"); a person's name words are taken out of the places afterwards.
  if (isDictionaryWord(name) || lowerWords.has(key) || isAcronym(name) || !/^\p{Lu}\p{Ll}+$/u.test(name)) return false;
  // "in Allah", "at Grauman's", "in the Olympiads": a word of belief or a prize, an owner, a thing with an article.
  // "Neandertals", "Scientology": a plural or a field of study names no place.
  if (
    OTHER_WORDS.has(key) ||
    ORG_WORDS.has(key) ||
    DEMONYMS.has(key) ||
    run.before[0] === "the" ||
    /(?:[bcdfgklmnprtvz]s|ology)$/.test(key)
  )
    return false;
  const [a1, a2 = "", a3 = ""] = run.after;
  // "Grauman's", and "Fath Airport", "Levico Terme" when wink leaves the second word out of the run.
  if (a1 === undefined || a1 === "'s" || a1 === "’s" || a1 === "'" || a1 === "’" || isCapitalised(a1)) return false;
  const known = (word: string): boolean => PLACES.has(word.toLowerCase()) || PLACE_ALIASES.has(word.toLowerCase());
  return placedByPreposition(run.before) || (a1 === "," && known(a2) && CLOSERS.has(a3));
}
