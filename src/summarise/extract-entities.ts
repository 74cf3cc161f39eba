// Finds the people, places and organisations an article names, merging variants of one name.
import { bare, isAcronym } from "./classify-phrase.ts";
import { PLACES } from "./gazetteer.ts";
import { mergeNames, type NameCount } from "./merge-names.ts";
import { NAME_JOINERS, ORG_NAMES, TITLE_MODIFIERS, TITLE_WORDS } from "./name-words.ts";
import { GIVEN_NAMES } from "./given-names.ts";
import { LISTED_GIVEN_NAMES } from "./name-data.ts";
import { isJoiner, readNameRun } from "./read-name-run.ts";
import type { TaggedWord } from "./tag-words.ts";

export interface Entities {
  people: string[];
  places: string[];
  organisations: string[];
}

/** Entities reported per kind, most mentioned first (default: 10). */
export const MAX_ENTITIES = 10;

/** Starts with an upper-case letter; ASCII by character code, since the Unicode test is called for every token. */
function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^[\p{Lu}]/u.test(word);
}
/** A particle joined to a capitalised name by a hyphen: "al-Assad", "el-Sisi", "bin-Laden". */
const PARTICLE_NAME = /^\p{Ll}{1,3}-\p{Lu}/u;
/** Starts with a lower-case letter (as isCapitalised). */
function isLowerCase(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : /^\p{Ll}/u.test(word);
}

/** A run of name words and the few tokens that follow it (", 45 ,", "said"), which can confirm a person. */
interface NameRun {
  words: string[];
  after: string[];
}

/** Runs of capitalised proper nouns, with joiners ("of", "bin") allowed between two of them. */
function nameRuns(sentence: TaggedWord[]): NameRun[] {
  const runs: NameRun[] = [];
  let run: string[] = [];
  const flush = (end: number): void => {
    // Most tokens end no run: leave the empty one as it is rather than make another.
    if (!run.length) return;
    let kept = run.length;
    while (kept && isJoiner(run[kept - 1]!)) kept--;
    if (kept) runs.push({ words: run.slice(0, kept), after: sentence.slice(end - (run.length - kept), end - (run.length - kept) + 3).map((t) => t.value) });
    run = [];
  };
  sentence.forEach((token, i) => {
    // The first word of a sentence is capitalised anyway; trust it only when tagged a proper noun.
    // A title opening the sentence ("President Lula arrived") is kept so that it can be stripped and confirm the name.
    const nameLike =
      (isCapitalised(token.value) || PARTICLE_NAME.test(token.value)) &&
      (token.pos === "PROPN" || ((i > 0 || TITLE_WORDS.has(bare(token.value)) || TITLE_MODIFIERS.has(bare(token.value))) && (token.pos === "NOUN" || token.pos === "ADJ")));
    if (nameLike) run.push(token.value);
    else if (run.length && isJoiner(token.value) && isCapitalised(sentence[i + 1]?.value ?? "")) run.push(token.value);
    else flush(i);
  });
  flush(sentence.length);
  return runs;
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

/** Roman numerals of three letters or more ("XVII") look like acronyms but are not organisations. */
const ROMAN = /^(?=[IVXLCDM]{3,}$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** Verbs of saying right after a name: "Ian Rintoul said", "Hu told reporters". */
const SPEECH_VERBS = new Set("said says told added asked explained wrote stated argued insisted warned noted replied".split(" "));

/** True when the tokens after a name mark a person: "said", ", 45,", ", who". */
function attestsPerson(after: string[]): boolean {
  const [first = "", second = ""] = after.map((t) => t.toLowerCase());
  return SPEECH_VERBS.has(first) || (first === "," && (/^\d{1,3}$/.test(second) || second === "who"));
}

/** A given name from the short list or the listed ones ("Spike", "Stefano", "Dariusz"). */
function isGivenName(word: string): boolean {
  const key = word.toLowerCase();
  return GIVEN_NAMES.has(key) || LISTED_GIVEN_NAMES.has(key);
}

/** Extracts people, places and organisations from wink-tagged sentences. */
export function extractEntities(sentences: TaggedWord[][]): Entities {
  const people = new Map<string, NameCount>();
  const places = new Map<string, NameCount>();
  const orgs = new Map<string, NameCount>();
  const singles = new Map<string, NameCount>();
  const titledNames = new Set<string>();
  const confirmedNames = new Set<string>();
  // Words the article also uses in lower case are ordinary words: "Analytical Support" is no one's name.
  const lowerWords = new Set<string>();
  for (const sentence of sentences) for (const { value } of sentence) if (isLowerCase(value)) lowerWords.add(value);
  let position = 0;
  for (const sentence of sentences) {
    for (const run of nameRuns(sentence)) {
      position++;
      const attested = attestsPerson(run.after);
      for (const phrase of readNameRun(run.words)) {
        for (const place of phrase.leadingPlaces) tally(places, place, position);
        if (phrase.kind === "place") tally(places, phrase.name, position);
        else if (phrase.kind === "organisation") tally(orgs, phrase.name, position);
        else if (phrase.kind === "person") {
          tally(people, phrase.name, position);
          if (phrase.titledName) titledNames.add(phrase.name);
          // Only the run's last phrase is next to the words that follow it.
          if (phrase.hasTitle || (attested && phrase.last)) confirmedNames.add(phrase.name);
        } else if (phrase.single) tally(singles, phrase.name, position);
      }
    }
  }
  // People are pages on the site, so a name needs evidence that it is a person: a title
  // ("Defence Minister Khawaja Asif"), "X said" or "X, 45,", the surname used alone, or a
  // common given name. A one-word name needs a title. A word the article also writes in
  // lower case ("Analytical Support") is a name only with a title or a quote.
  for (const name of people.keys()) {
    const words = name.split(" ");
    const surname = words[words.length - 1]!;
    const ordinary = words.some((w) => lowerWords.has(w.toLowerCase()));
    const confirmed = confirmedNames.has(name);
    const evidence = words.length === 1 ? titledNames.has(name) : confirmed || singles.has(surname) || isGivenName(words[0]!);
    // "Protection B", "Masjid Al": a name does not end in a letter or a particle.
    const badEnd = words.length > 1 && (/^\p{L}\.?$/u.test(surname) || NAME_JOINERS.has(surname.toLowerCase()));
    // "Google Chrome", "Space Shuttle Discovery": a known organisation or place inside is no person's name.
    const named = words.some((w) => ORG_NAMES.has(w.toLowerCase()) || PLACES.has(w.toLowerCase()));
    if (!evidence || badEnd || named || (ordinary && !confirmed)) people.delete(name);
  }
  // An all-capitals word the article also writes in lower case is emphasis ("HUGE", "SPAM"), not an acronym.
  for (const name of [...orgs.keys()]) {
    if (!name.includes(" ") && (lowerWords.has(name.toLowerCase()) || ROMAN.test(name))) orgs.delete(name);
  }
  const merged = mergeNames([...people.values(), ...singles.values()]);
  const persons = merged.filter((entry) => people.has(entry.name));
  return { people: ranked(persons), places: ranked(places.values()), organisations: ranked(mergeAcronyms(orgs)) };
}
