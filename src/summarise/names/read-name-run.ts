// Reads a run of name words into the phrases it names and their kinds: titles split off, leading places and nationalities dropped; memoised.
import { bare, classifyPhrase, isAcronym, keyOf, type Kind } from "./classify-phrase.ts";
import { PLACES, PLACE_ALIASES } from "./gazetteer.ts";
import { GIVEN_NAMES } from "./given-names.ts";
import { LISTED_GIVEN_NAMES, LISTED_PLACES } from "./name-data.ts";
import { isDictionaryWord } from "../sentences/tag-words.ts";
import { DEMONYMS, NAME_JOINERS, ORG_WORDS, PLACE_WORDS, TITLE_MODIFIERS, TITLE_WORDS } from "./name-words.ts";

/** Words that open a sentence in capitals but never a name ("Many Japanese", "The Taliban"). */
const LEADING_FILLER = new Set(
  (
    "the a an many some most all this that these those but and if when while after before as both " +
    "yesterday today tomorrow however meanwhile also then now earlier later here there"
  ).split(" "),
);
/** "and" may join the words of an organisation's name ("Analytical Support and Sanctions Monitoring Team"). */
export const isJoiner = (word: string): boolean => NAME_JOINERS.has(word) || word === "and";
/** Marks title words, reading right to left: a modifier is a title only before another title word. */
function titleMask(words: string[]): boolean[] {
  const mask = words.map(() => false);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = bare(words[i]!);
    // A title comes before a name, so the run's last word is a name even when it spells a rank ("John Major").
    const before = i > 0 ? bare(words[i - 1]!) : "";
    const lastAfterName = i === words.length - 1 && i > 0 && !TITLE_WORDS.has(before) && !TITLE_MODIFIERS.has(before);
    mask[i] = (TITLE_WORDS.has(word) && !lastAfterName) || (TITLE_MODIFIERS.has(word) && mask[i + 1] === true);
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
  const right = and >= 1 ? words.slice(and + 1) : [];
  const rightKind = right.length ? classifyPhrase(right, false) : "unknown";
  const leftKind = and >= 1 ? classifyPhrase(words.slice(0, and), false) : "unknown";
  if (and >= 1 && leftKind === "organisation") {
    if (rightKind === "organisation" || rightKind === "place" || GIVEN_NAMES.has(right[0]!.toLowerCase())) return and;
    // "American Airlines and JetBlue", "University of Bristol and UC Davis": a name ended by its head word, then one word or an acronym's.
    const headed = ORG_WORDS.has(bare(words[and - 1]!)) || classifyPhrase(words.slice(and - 1, and), false) === "place";
    if (
      headed &&
      right.length <= 2 &&
      (right.length === 1 || isAcronym(right[0]!)) &&
      !ORG_WORDS.has(bare(right[right.length - 1]!))
    )
      return and;
  }
  // "Emirates and Qatar Airways": one word, then an organisation of its own, are two organisations.
  if (and === 1 && rightKind === "organisation" && right.length >= 2) return and;
  const of = words.indexOf("of");
  // A given name and a surname before "of": a person and the body they belong to.
  if (of === 2 && GIVEN_NAMES.has(words[0]!.toLowerCase()) && !words.slice(0, 2).some((w) => ORG_WORDS.has(bare(w))))
    return of;
  // A given name after the last organisation word starts a person's name.
  let lastOrg = -1;
  words.forEach((w, i) => {
    if (ORG_WORDS.has(bare(w))) lastOrg = i;
  });
  const rest = words.length - lastOrg - 1;
  if (lastOrg >= 1 && rest >= 2 && rest <= 3 && GIVEN_NAMES.has(words[lastOrg + 1]!.toLowerCase())) return lastOrg + 1;
  return undefined;
}

/** A phrase that is no organisation or place as a whole is split at "and"/"of": "President of Brazil". */
/** A phrase's words, whether a title came before it, and whether it is an organisation by its neighbour ("Emirates" of "Emirates and Qatar Airways"). */
type Candidate = [string[], boolean, boolean?];

function candidatesOf(words: string[], titled: boolean): Candidate[] {
  const trimmed = trimPhrase(words);
  if (!trimmed.length) return [];
  const kind = classifyPhrase(trimmed, titled);
  if (kind === "organisation") {
    const at = splitOrganisation(trimmed);
    if (at !== undefined) {
      const joiner = trimmed[at] === "and" || trimmed[at] === "of";
      // "Emirates and Qatar Airways": one word beside an organisation across "and" is an organisation too.
      const left: Candidate[] =
        trimmed[at] === "and" && at === 1
          ? [[trimmed.slice(0, 1), false, true]]
          : candidatesOf(trimmed.slice(0, at), false);
      const rest = trimmed.slice(joiner ? at + 1 : at);
      // "JetBlue" of "American Airlines and JetBlue", "UC Davis": a short name beside an organisation across "and" is one too.
      const byNeighbour =
        trimmed[at] === "and" &&
        classifyPhrase(rest, false) === "unknown" &&
        !isListedGivenName(rest[0]!) &&
        (rest.length === 1 || isAcronym(rest[0]!));
      return [...left, ...(byNeighbour ? [[rest, false, true] as Candidate] : candidatesOf(rest, false))];
    }
  }
  if (kind === "organisation" || kind === "place" || !trimmed.some((w) => w === "and" || w === "of"))
    return [[trimmed, titled]];
  const out: Candidate[] = [];
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
  // "Mayor of New York City": the office may be a place of several words.
  if (last >= 0 && name[0] === "of" && name.length > 2 && classifyPhrase(name.slice(1), false) === "place")
    return { parts: [...parts, name.slice(1)], name: [], titled: false, title };
  if (last >= 0 && name[0] === "of")
    return { parts: [...parts, name.slice(1, 2)], name: name.slice(2), titled: name.length > 2, title };
  return { parts, name, titled: last >= 0, title };
}

/** Titles that make a single capitalised word a person's name. */
const HONORIFICS = new Set(
  (
    "mr mrs ms miss mx dr prof professor president senator sen rep representative governor gov mayor minister king queen " +
    "prince princess pope sir dame lord lady general gen lt col colonel maj major capt captain sgt sergeant judge justice " +
    "ambassador envoy chancellor premier imam rev reverend bishop archbishop cardinal pm emir sheikh secretary"
  ).split(" "),
);

/** Styles that go with a single name as the name itself: "Pope Francis", "King Abdullah", "Prince Harry". */
export const STYLES = new Set("pope king queen prince princess emperor empress sultan emir sheikh saint".split(" "));

function isPlaceOrNationality(word: string): boolean {
  const key = keyOf([word]);
  return PLACES.has(key) || PLACE_ALIASES.has(key) || DEMONYMS.has(key);
}

const isListedGivenName = (word: string): boolean =>
  GIVEN_NAMES.has(word.toLowerCase()) || LISTED_GIVEN_NAMES.has(word.toLowerCase());

/**
 * Drops descriptive words before a given name: "Civil House José Dirceu" → "José Dirceu" (a well-known given name),
 * "Voter Kitty Mak", "Chief Executive Carrie Lam", "Democrat Rod Blagojevich" (ordinary English words before a listed one).
 */
function fromGivenName(words: string[]): string[] {
  if (isListedGivenName(words[0]!)) return words;
  for (let i = 1; i < words.length - 1; i++) if (GIVEN_NAMES.has(words[i]!.toLowerCase())) return words.slice(i);
  for (let i = 1; i < words.length - 1; i++) {
    if (!isDictionaryWord(words[i - 1]!)) break;
    if (isListedGivenName(words[i]!)) return words.slice(i);
  }
  return words;
}

/** One phrase a run names, with what extractEntities tallies for it. */
export interface RunPhrase {
  /** Places named by leading words stripped from the phrase ("China" of "China Anami Koreshige"), in order. */
  leadingPlaces: string[];
  kind: Kind;
  /** The name to tally: a place's gazetteer name, else the phrase's words. */
  name: string;
  /** Whether a title came before the phrase. */
  hasTitle: boolean;
  /** A person's name that its title makes a name even alone ("President Lula", "Defence Minister Khawaja Asif"). */
  titledName: boolean;
  /** Whether the phrase is the run's last, next to the words that follow the run. */
  last: boolean;
  /** A phrase of one word. */
  single: boolean;
}

/** The phrases of a run of name words, unmemoised. */
function readPhrases(runWords: string[]): RunPhrase[] {
  // "General Santos City", "New York City": a place as a whole keeps a word that could open a title.
  const whole =
    classifyPhrase(runWords, false) === "place" ||
    (runWords.length > 2 &&
      PLACE_WORDS.has(bare(runWords[runWords.length - 1]!)) &&
      classifyPhrase(runWords.slice(0, -1), false) === "place");
  const { parts, name, titled, title } = whole
    ? { parts: [], name: runWords, titled: false, title: "" }
    : splitTitles(runWords);
  const candidates = parts.flatMap((p) => candidatesOf(p, false));
  if (name.length) candidates.push(...candidatesOf(name, titled));
  return candidates.map(([found, hasTitle, byNeighbour], index) => {
    let words = found;
    let kind = classifyPhrase(words, hasTitle);
    const leadingPlaces: string[] = [];
    // "China Anami Koreshige", "Austrian People", "Indiana Pacers": a leading place or nationality is not part of a name.
    while ((kind === "person" || kind === "unknown") && words.length > 1 && isPlaceOrNationality(words[0]!)) {
      const lead = keyOf([words[0]!]);
      if (PLACES.has(lead) || PLACE_ALIASES.has(lead)) leadingPlaces.push(PLACE_ALIASES.get(lead) ?? PLACES.get(lead)!);
      words = words.slice(1);
      kind = classifyPhrase(words, hasTitle);
    }
    if (byNeighbour && kind === "unknown") kind = "organisation";
    if (kind === "person") words = fromGivenName(words);
    // "Pope Francis": a single name known by its style alone is shown with it, so that it is not a bare given name on the site.
    let styled =
      kind === "person" && hasTitle && words.length === 1 && STYLES.has(title) && index === candidates.length - 1;
    // "Queen Market": a style before an ordinary English word names a place or a shop, not a person.
    if (styled && isDictionaryWord(words[0]!) && !isListedGivenName(words[0]!)) {
      kind = "unknown";
      styled = false;
    }
    const text = styled ? `${title.charAt(0).toUpperCase()}${title.slice(1)} ${words[0]}` : words.join(" ");
    const key = keyOf(words);
    return {
      leadingPlaces,
      kind,
      name: kind === "place" ? (PLACE_ALIASES.get(key) ?? PLACES.get(key) ?? LISTED_PLACES.get(key) ?? text) : text,
      hasTitle,
      // A one-word name stands only after an honorific or an office ("President Lula", "Mr Bao"),
      // not after any descriptive word ("star Wars", "host Frank").
      titledName: hasTitle && (words.length > 1 || HONORIFICS.has(title)),
      last: index === candidates.length - 1,
      single: words.length === 1 && !styled,
    };
  });
}

/**
 * Runs already read, as a trie by word: names recur within an article and across
 * articles, and walking a trie of wink's token strings makes no new string.
 */
interface RunNode {
  next: Map<string, RunNode>;
  phrases?: RunPhrase[];
}
let runs: RunNode = { next: new Map() };
let runNodes = 0;
/** Bounds the memo (default: 50,000 trie nodes). */
const MAX_RUN_NODES = 50_000;

/** The phrases of a run of name words, memoised: they depend on the words alone. */
export function readNameRun(words: string[]): RunPhrase[] {
  if (runNodes >= MAX_RUN_NODES) {
    runs = { next: new Map() };
    runNodes = 0;
  }
  let node = runs;
  for (const word of words) {
    let child = node.next.get(word);
    if (child === undefined) {
      child = { next: new Map() };
      node.next.set(word, child);
      runNodes++;
    }
    node = child;
  }
  node.phrases ??= readPhrases(words);
  return node.phrases;
}
