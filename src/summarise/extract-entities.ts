// Finds the people, places and organisations an article names, merging variants of one name.
import { PLACES, PLACE_ALIASES } from "./gazetteer.ts";
import { mergeNames, type NameCount } from "./merge-names.ts";
import {
  DEMONYMS, NAME_JOINERS, NOT_ORGS, ORG_NAMES, ORG_WORDS, OTHER_WORDS, PLACE_WORDS, TITLE_MODIFIERS, TITLE_WORDS,
} from "./name-words.ts";
import type { TaggedWord } from "./tag-words.ts";

export interface Entities {
  people: string[];
  places: string[];
  organisations: string[];
}

/** Entities reported per kind, most mentioned first (default: 10). */
export const MAX_ENTITIES = 10;

type Kind = "person" | "place" | "organisation" | "unknown";

const bare = (word: string): string => word.replace(/\.$/, "").toLowerCase();
/** Words that open a sentence in capitals but never a name ("Many Japanese", "The Taliban"). */
const LEADING_FILLER = new Set("the a an many some most all this that these those but and if when while after before as both".split(" "));
/** The lookup key of a phrase: lower-case without dots, so "U.S." finds "us". */
const keyOf = (words: string[]): string => words.join(" ").toLowerCase().replace(/\./g, "");
/** "and" may join the words of an organisation's name ("Analytical Support and Sanctions Monitoring Team"). */
const isJoiner = (word: string): boolean => NAME_JOINERS.has(word) || word === "and";
const isCapitalised = (word: string): boolean => /^[\p{Lu}]/u.test(word);
const isAcronym = (word: string): boolean => /^[A-Z][A-Z0-9&]{1,6}$/.test(word.replace(/\./g, ""));

/** Runs of capitalised proper nouns, with joiners ("of", "bin") allowed between two of them. */
function nameRuns(sentence: TaggedWord[]): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  const flush = (): void => {
    while (run.length && isJoiner(run[run.length - 1]!)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  sentence.forEach((token, i) => {
    // The first word of a sentence is capitalised anyway; trust it only when tagged a proper noun.
    const nameLike = isCapitalised(token.value) && (token.pos === "PROPN" || (i > 0 && /^(NOUN|ADJ)$/.test(token.pos)));
    if (nameLike) run.push(token.value);
    else if (run.length && isJoiner(token.value) && isCapitalised(sentence[i + 1]?.value ?? "")) run.push(token.value);
    else flush();
  });
  flush();
  return runs;
}

/** Marks title words, reading right to left: a modifier is a title only before another title word. */
function titleMask(words: string[]): boolean[] {
  const mask = words.map(() => false);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = bare(words[i]!);
    mask[i] = TITLE_WORDS.has(word) || (TITLE_MODIFIERS.has(word) && mask[i + 1] === true);
  }
  return mask;
}

function classify(words: string[], titled: boolean): Kind {
  const lower = words.map(bare);
  const phrase = keyOf(words);
  if (PLACES.has(phrase) || PLACE_ALIASES.has(phrase)) return "place";
  if (lower.some((w) => OTHER_WORDS.has(w))) return "unknown";
  if (lower.some((w) => ORG_WORDS.has(w)) || ORG_NAMES.has(phrase)) return "organisation";
  if (words.length === 1 && isAcronym(words[0]!)) return NOT_ORGS.has(phrase) ? "unknown" : "organisation";
  if (words.length > 1 && PLACE_WORDS.has(lower[lower.length - 1]!)) return "place";
  if (lower.includes("and") || lower.includes("of") || lower.some((w) => DEMONYMS.has(w))) return "unknown";
  const nameShaped = words.every((w) => NAME_JOINERS.has(w) || /^[\p{Lu}][\p{L}'’.-]*$/u.test(w)) && !words.some(isAcronym);
  if (nameShaped && (words.length >= 2 || titled) && words.length <= 4) return "person";
  return "unknown";
}

/** Drops joiners and function words from a phrase's ends ("of Brazil" → "Brazil", "Many Japanese" → "Japanese"). */
function trimPhrase(words: string[]): string[] {
  let start = 0;
  let end = words.length;
  while (start < end && (isJoiner(words[start]!) || LEADING_FILLER.has(words[start]!.toLowerCase()))) start++;
  while (end > start && isJoiner(words[end - 1]!)) end--;
  return words.slice(start, end);
}

/** A phrase that is no organisation or place as a whole is split at "and"/"of": "President of Brazil". */
function candidatesOf(words: string[], titled: boolean): [string[], boolean][] {
  const trimmed = trimPhrase(words);
  if (!trimmed.length) return [];
  const kind = classify(trimmed, titled);
  if (kind === "organisation" || kind === "place" || !trimmed.some((w) => w === "and" || w === "of")) return [[trimmed, titled]];
  const out: [string[], boolean][] = [];
  let part: string[] = [];
  for (const word of [...trimmed, "and"]) {
    if (word === "and" || word === "of") {
      if (part.length) out.push([part, false]);
      part = [];
    } else part.push(word);
  }
  return out;
}

/** Splits a run into (affiliation parts, name): "DG ISPR Lt Gen Ahmed Sharif Chaudhry" → [["ISPR"]], "Ahmed Sharif Chaudhry". */
function splitTitles(words: string[]): { parts: string[][]; name: string[]; titled: boolean } {
  const mask = titleMask(words);
  const last = mask.lastIndexOf(true);
  const parts: string[][] = [];
  let current: string[] = [];
  for (let i = 0; i < last; i++) {
    if (mask[i]) {
      if (current.length) parts.push(current);
      current = [];
    } else current.push(words[i]!);
  }
  if (current.length) parts.push(current);
  return { parts, name: words.slice(last + 1), titled: last >= 0 };
}

function tally(counts: Map<string, NameCount>, name: string, position: number): void {
  const entry = counts.get(name);
  if (entry) entry.count++;
  else counts.set(name, { name, count: 1, first: position });
}

/** Orders by mentions, then first appearance, and keeps the top `MAX_ENTITIES`. */
function ranked(entries: Iterable<NameCount>): string[] {
  return [...entries].sort((a, b) => b.count - a.count || a.first - b.first).slice(0, MAX_ENTITIES).map((e) => e.name);
}

/** Expands acronyms that spell a longer organisation's initials ("UNSC" → "United Nations Security Council"). */
function mergeAcronyms(orgs: Map<string, NameCount>): NameCount[] {
  const all = [...orgs.values()];
  const initials = (name: string): string =>
    name.split(" ").filter((w) => isCapitalised(w)).map((w) => w[0]).join("");
  const out: NameCount[] = [];
  for (const org of all) {
    const expansion = isAcronym(org.name) ? all.find((o) => o !== org && initials(o.name) === org.name.replace(/\./g, "")) : undefined;
    if (expansion) expansion.count += org.count;
    else out.push(org);
  }
  return out;
}

/** Extracts people, places and organisations from wink-tagged sentences. */
export function extractEntities(sentences: TaggedWord[][]): Entities {
  const people = new Map<string, NameCount>();
  const places = new Map<string, NameCount>();
  const orgs = new Map<string, NameCount>();
  const singles = new Map<string, NameCount>();
  const titledNames = new Set<string>();
  // Words the article also uses in lower case are ordinary words: "Analytical Support" is no one's name.
  const lowerWords = new Set<string>();
  for (const sentence of sentences) for (const { value } of sentence) if (/^\p{Ll}/u.test(value)) lowerWords.add(value);
  let position = 0;
  for (const sentence of sentences) {
    for (const run of nameRuns(sentence)) {
      position++;
      const { parts, name, titled } = splitTitles(run);
      const candidates = parts.flatMap((p) => candidatesOf(p, false));
      if (name.length) candidates.push(...candidatesOf(name, titled));
      for (const [words, hasTitle] of candidates) {
        const kind = classify(words, hasTitle);
        const text = words.join(" ");
        const key = keyOf(words);
        if (kind === "place") tally(places, PLACE_ALIASES.get(key) ?? PLACES.get(key) ?? text, position);
        else if (kind === "organisation") tally(orgs, text, position);
        else if (kind === "person") {
          tally(people, text, position);
          if (hasTitle) titledNames.add(text);
        } else if (words.length === 1) tally(singles, text, position);
      }
    }
  }
  // A lone capitalised word counts as a person only when it is a fuller name's variant ("Asif").
  for (const name of people.keys()) {
    const words = name.split(" ");
    const ordinary = words.some((w) => lowerWords.has(w.toLowerCase()));
    const confirmed = titledNames.has(name) || singles.has(words[words.length - 1]!);
    if (ordinary && !confirmed) people.delete(name);
  }
  const merged = mergeNames([...people.values(), ...singles.values()]);
  const persons = merged.filter((entry) => people.has(entry.name));
  return { people: ranked(persons), places: ranked(places.values()), organisations: ranked(mergeAcronyms(orgs)) };
}
