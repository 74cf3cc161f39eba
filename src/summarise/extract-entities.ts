// Finds the people, places and organisations an article names, merging variants of one name.
import { bare, classifyPhrase, isAcronym, keyOf } from "./classify-phrase.ts";
import { PLACES, PLACE_ALIASES } from "./gazetteer.ts";
import { mergeNames, type NameCount } from "./merge-names.ts";
import {
  DEMONYMS, NAME_JOINERS, ORG_NAMES, ORG_WORDS, TITLE_MODIFIERS, TITLE_WORDS,
} from "./name-words.ts";
import { GIVEN_NAMES } from "./given-names.ts";
import type { TaggedWord } from "./tag-words.ts";

export interface Entities {
  people: string[];
  places: string[];
  organisations: string[];
}

/** Entities reported per kind, most mentioned first (default: 10). */
export const MAX_ENTITIES = 10;

/** Words that open a sentence in capitals but never a name ("Many Japanese", "The Taliban"). */
const LEADING_FILLER = new Set(
  ("the a an many some most all this that these those but and if when while after before as both " +
    "yesterday today tomorrow however meanwhile also then now earlier later here there").split(" "),
);
/** "and" may join the words of an organisation's name ("Analytical Support and Sanctions Monitoring Team"). */
const isJoiner = (word: string): boolean => NAME_JOINERS.has(word) || word === "and";
/** Starts with an upper-case letter; ASCII by character code, since the Unicode test is called for every token. */
function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^[\p{Lu}]/u.test(word);
}
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
      isCapitalised(token.value) &&
      (token.pos === "PROPN" || ((i > 0 || TITLE_WORDS.has(bare(token.value)) || TITLE_MODIFIERS.has(bare(token.value))) && (token.pos === "NOUN" || token.pos === "ADJ")));
    if (nameLike) run.push(token.value);
    else if (run.length && isJoiner(token.value) && isCapitalised(sentence[i + 1]?.value ?? "")) run.push(token.value);
    else flush(i);
  });
  flush(sentence.length);
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

/** Drops joiners and function words from a phrase's ends ("of Brazil" → "Brazil", "Many Japanese" → "Japanese"). */
function trimPhrase(words: string[]): string[] {
  let start = 0;
  let end = words.length;
  while (start < end && (isJoiner(words[start]!) || LEADING_FILLER.has(words[start]!.toLowerCase()))) start++;
  while (end > start && isJoiner(words[end - 1]!)) end--;
  return words.slice(start, end);
}

/** Where an organisation's phrase holds two names: "Labour Party and Frederick Fung", "Troy Patterson of Slate Magazine", "Washington State University Simon Li". */
function splitOrganisation(words: string[]): number | undefined {
  const and = words.indexOf("and");
  // "and" joins two names when the words before it already make an organisation on their own.
  if (and > 1 && classifyPhrase(words.slice(0, and), false) === "organisation") {
    const right = words.slice(and + 1);
    const rightKind = right.length ? classifyPhrase(right, false) : "unknown";
    if (rightKind === "organisation" || rightKind === "place" || GIVEN_NAMES.has(right[0]!.toLowerCase())) return and;
  }
  const of = words.indexOf("of");
  // A given name and a surname before "of": a person and the body they belong to.
  if (of === 2 && GIVEN_NAMES.has(words[0]!.toLowerCase()) && !words.slice(0, 2).some((w) => ORG_WORDS.has(bare(w)))) return of;
  // A given name after the last organisation word starts a person's name.
  let lastOrg = -1;
  words.forEach((w, i) => { if (ORG_WORDS.has(bare(w))) lastOrg = i; });
  const rest = words.length - lastOrg - 1;
  if (lastOrg >= 1 && rest >= 2 && rest <= 3 && GIVEN_NAMES.has(words[lastOrg + 1]!.toLowerCase())) return lastOrg + 1;
  return undefined;
}

/** A phrase that is no organisation or place as a whole is split at "and"/"of": "President of Brazil". */
function candidatesOf(words: string[], titled: boolean): [string[], boolean][] {
  const trimmed = trimPhrase(words);
  if (!trimmed.length) return [];
  const kind = classifyPhrase(trimmed, titled);
  if (kind === "organisation") {
    const at = splitOrganisation(trimmed);
    if (at !== undefined) {
      const joiner = trimmed[at] === "and" || trimmed[at] === "of";
      return [...candidatesOf(trimmed.slice(0, at), false), ...candidatesOf(trimmed.slice(joiner ? at + 1 : at), false)];
    }
  }
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
function splitTitles(words: string[]): { parts: string[][]; name: string[]; titled: boolean; title: string } {
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
  const name = words.slice(last + 1);
  const title = last >= 0 ? bare(words[last]!) : "";
  // "Minister of Agriculture", "Secretary of State Henry Kissinger": the word after "of" is
  // the office; a name may follow it.
  if (last >= 0 && name[0] === "of") return { parts: [...parts, name.slice(1, 2)], name: name.slice(2), titled: name.length > 2, title };
  return { parts, name, titled: last >= 0, title };
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

/** Titles that make a single capitalised word a person's name. */
const HONORIFICS = new Set(
  ("mr mrs ms miss mx dr prof professor president senator sen rep representative governor gov mayor minister king queen " +
    "prince princess pope sir dame lord lady general gen lt col colonel maj major capt captain sgt sergeant judge justice " +
    "ambassador envoy chancellor premier imam rev reverend bishop archbishop cardinal pm emir sheikh secretary").split(" "),
);

/** Roman numerals of three letters or more ("XVII") look like acronyms but are not organisations. */
const ROMAN = /^(?=[IVXLCDM]{3,}$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** Verbs of saying right after a name: "Ian Rintoul said", "Hu told reporters". */
const SPEECH_VERBS = new Set("said says told added asked explained wrote stated argued insisted warned noted replied".split(" "));

/** True when the tokens after a name mark a person: "said", ", 45,", ", who". */
function attestsPerson(after: string[]): boolean {
  const [first = "", second = ""] = after.map((t) => t.toLowerCase());
  return SPEECH_VERBS.has(first) || (first === "," && (/^\d{1,3}$/.test(second) || second === "who"));
}

function isPlaceOrNationality(word: string): boolean {
  const key = keyOf([word]);
  return PLACES.has(key) || PLACE_ALIASES.has(key) || DEMONYMS.has(key);
}

/** Drops descriptive words before a known given name: "Civil House José Dirceu" → "José Dirceu". */
function fromGivenName(words: string[]): string[] {
  if (GIVEN_NAMES.has(words[0]!.toLowerCase())) return words;
  for (let i = 1; i < words.length - 1; i++) if (GIVEN_NAMES.has(words[i]!.toLowerCase())) return words.slice(i);
  return words;
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
      const { parts, name, titled, title } = splitTitles(run.words);
      const candidates = parts.flatMap((p) => candidatesOf(p, false));
      if (name.length) candidates.push(...candidatesOf(name, titled));
      const attested = attestsPerson(run.after);
      candidates.forEach(([found, hasTitle], index) => {
        let words = found;
        let kind = classifyPhrase(words, hasTitle);
        // "China Anami Koreshige", "Austrian People", "Indiana Pacers": a leading place or nationality is not part of a name.
        while ((kind === "person" || kind === "unknown") && words.length > 1 && isPlaceOrNationality(words[0]!)) {
          const lead = keyOf([words[0]!]);
          if (PLACES.has(lead) || PLACE_ALIASES.has(lead)) tally(places, PLACE_ALIASES.get(lead) ?? PLACES.get(lead)!, position);
          words = words.slice(1);
          kind = classifyPhrase(words, hasTitle);
        }
        if (kind === "person") words = fromGivenName(words);
        const text = words.join(" ");
        const key = keyOf(words);
        if (kind === "place") tally(places, PLACE_ALIASES.get(key) ?? PLACES.get(key) ?? text, position);
        else if (kind === "organisation") tally(orgs, text, position);
        else if (kind === "person") {
          tally(people, text, position);
          // A one-word name stands only after an honorific or an office ("President Lula", "Mr Bao"),
          // not after any descriptive word ("star Wars", "host Frank").
          if (hasTitle && (words.length > 1 || HONORIFICS.has(title))) titledNames.add(text);
          // Only the run's last phrase is next to the words that follow it.
          if (hasTitle || (attested && index === candidates.length - 1)) confirmedNames.add(text);
        } else if (words.length === 1) tally(singles, text, position);
      });
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
    const evidence = words.length === 1 ? titledNames.has(name) : confirmed || singles.has(surname) || GIVEN_NAMES.has(words[0]!.toLowerCase());
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
