// Finds the people, places and organisations an article names, merging variants of one name.
import { bare, isAcronym } from "./classify-phrase.ts";
import { PLACES, PLACE_ALIASES } from "./gazetteer.ts";
import { mergeNames, type NameCount } from "./merge-names.ts";
import {
  DEMONYMS,
  NAME_JOINERS,
  ORG_NAMES,
  ORG_WORDS,
  OTHER_WORDS,
  PLACE_WORDS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from "./name-words.ts";
import { GIVEN_NAMES } from "./given-names.ts";
import { LISTED_CITIES, LISTED_GIVEN_NAMES, LISTED_PLACES } from "./name-data.ts";
import { isSportsStory } from "../sections/is-sports-story.ts";
import { namesOrganisation, placedByPreposition } from "./name-context.ts";
import { readDateline } from "./read-dateline.ts";
import { isJoiner, readNameRun, STYLES } from "./read-name-run.ts";
import { dictionaryTag, isDictionaryWord } from "../sentences/tag-words.ts";
import type { TaggedWord } from "../sentences/tag-words.ts";

export interface Entities {
  people: string[];
  places: string[];
  organisations: string[];
}

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

/** A run of name words, where it starts, and the few tokens around it (", 45 ,", "said"; "shares of"), which can type it. */
interface NameRun {
  words: string[];
  start: number;
  /** The two tokens before the run, lower case, nearest last. */
  before: string[];
  after: string[];
}

/** True when the tokens from `i` are more joiners and then a capitalised word. */
function joinsName(sentence: TaggedWord[], i: number): boolean {
  let j = i;
  while (j < i + 2 && NAME_JOINERS.has(sentence[j]?.value ?? "")) j++;
  return isCapitalised(sentence[j]?.value ?? "");
}

/** Runs of capitalised proper nouns, with joiners ("of", "bin") allowed between two of them. */
function nameRuns(sentence: TaggedWord[], from: number): NameRun[] {
  const runs: NameRun[] = [];
  let run: string[] = [];
  const flush = (end: number): void => {
    // Most tokens end no run: leave the empty one as it is rather than make another.
    if (!run.length) return;
    let kept = run.length;
    while (kept && isJoiner(run[kept - 1]!)) kept--;
    const start = end - run.length;
    const lower = (t: TaggedWord): string => t.value.toLowerCase();
    if (kept)
      runs.push({
        words: run.slice(0, kept),
        start,
        before: sentence.slice(Math.max(0, start - 2), start).map(lower),
        after: sentence.slice(end - (run.length - kept), end - (run.length - kept) + 4).map((t) => t.value),
      });
    run = [];
  };
  sentence.forEach((token, i) => {
    if (i < from) return;
    // The first word of a sentence is capitalised anyway; trust it only when tagged a proper noun.
    // A title opening the sentence ("President Lula arrived") is kept so that it can be stripped and confirm the name.
    const nameLike =
      (isCapitalised(token.value) || PARTICLE_NAME.test(token.value)) &&
      (token.pos === "PROPN" ||
        ((i > 0 || TITLE_WORDS.has(bare(token.value)) || TITLE_MODIFIERS.has(bare(token.value))) &&
          (token.pos === "NOUN" || token.pos === "ADJ")));
    // "Downing Street", "Rob Andrew": a capitalised word inside a sentence that wink tags a verb is a name's word when a name word follows.
    // "President Gerald Ford.", "Yvette Cooper said": a capitalised word tagged a verb right after a name's word ends the name.
    const verbInName =
      i > 0 &&
      token.pos === "VERB" &&
      isCapitalised(token.value) &&
      ((isCapitalised(sentence[i + 1]?.value ?? "") && sentence[i + 1]?.pos === "PROPN") ||
        (run.length > 0 && sentence[i - 1]?.pos === "PROPN" && !SPEECH_VERBS.has(token.value.toLowerCase())));
    // "James Cleverly said": a capitalised word tagged an adverb right after a name's word, before "said" or a comma, ends the name too.
    const adverbInName =
      i > 0 &&
      token.pos === "ADV" &&
      /^\p{Lu}\p{Ll}/u.test(token.value) &&
      run.length > 0 &&
      sentence[i - 1]?.pos === "PROPN" &&
      (SPEECH_VERBS.has(sentence[i + 1]?.value ?? "") || sentence[i + 1]?.value === ",");
    if (nameLike || verbInName || adverbInName) run.push(token.value);
    // "Ursula von der Leyen": joiners may follow one another before the name goes on.
    else if (run.length && isJoiner(token.value) && joinsName(sentence, i + 1)) run.push(token.value);
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

/** Orders by mentions, then first appearance; every name is kept (a page may show fewer, but the story is on each name's page). */
function ranked(entries: Iterable<NameCount>): string[] {
  return [...entries].sort((a, b) => b.count - a.count || a.first - b.first).map((e) => e.name);
}

/** Expands acronyms that spell a longer organisation's initials ("UNSC" → "United Nations Security Council"). */
function mergeAcronyms(orgs: Map<string, NameCount>): NameCount[] {
  const all = [...orgs.values()];
  const initials = (name: string): string =>
    name
      .split(" ")
      .filter((w) => isCapitalised(w))
      .map((w) => w[0])
      .join("");
  const out: NameCount[] = [];
  for (const org of all) {
    const expansion = isAcronym(org.name)
      ? all.find((o) => o !== org && initials(o.name) === org.name.replace(/\./g, ""))
      : undefined;
    if (expansion) expansion.count += org.count;
    else out.push(org);
  }
  return out;
}

/** Roman numerals of three letters or more ("XVII") look like acronyms but are not organisations. */
const ROMAN = /^(?=[IVXLCDM]{3,}$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** Verbs of saying right after a name: "Ian Rintoul said", "Hu told reporters". */
const SPEECH_VERBS = new Set(
  "said says told added asked explained wrote stated argued insisted warned noted replied".split(" "),
);

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

/**
 * A given name that is evidence of a person: not a particle written with a capital ("Al Jazeera", "El Niño",
 * "La Liga"), which the name lists hold as given names ("Al") but which opens names of papers, channels and things too.
 */
const isPersonsGivenName = (word: string): boolean => !NAME_JOINERS.has(word.toLowerCase()) && isGivenName(word);

/** Heads of the names of things named after people: "James Webb space telescope", "Rocky Linux". */
const THING_HEADS = new Set("telescope satellite spacecraft probe rocket linux licence license licensed".split(" "));

/** Written in capitals: "LOT", "U.S." (a word of two letters or more). */
const isAllCapitals = (word: string): boolean => /^\p{Lu}[\p{Lu}.&'’-]+$/u.test(word);

/**
 * The tokens of a sentence shouted in capitals: stretches of three words in capitals or
 * more ("I WON THIS ELECTION, BY A LOT!"; "I" and "A" and punctuation go along).
 */
function shoutedTokens(sentence: TaggedWord[]): Set<number> {
  const shouted = new Set<number>();
  let stretch: number[] = [];
  let words = 0;
  const close = (): void => {
    if (words >= 3) for (const i of stretch) shouted.add(i);
    stretch = [];
    words = 0;
  };
  sentence.forEach(({ value }, i) => {
    if (isAllCapitals(value)) {
      stretch.push(i);
      words++;
    } else if (/^[AI]$/.test(value) || !/[\p{L}\d]/u.test(value)) stretch.push(i);
    else close();
  });
  close();
  return shouted;
}

/** A city or a town, not a country or region: listed as a city, or named "… City". */
const isCity = (name: string): boolean => LISTED_CITIES.has(name.toLowerCase()) || / City$/.test(name);

/** Tokens after which a word is capitalised as a sentence's first: quotes, brackets, a colon, a dash. */
const OPENERS = new Set(['"', "“", "'", "‘", "(", "[", ":", "—", "–", "-"]);

/**
 * True when a run opens a sentence with an ordinary English word that would start a person's name:
 * "Regarding Trump's call", "Previous SpaceX pods", "Co-author Jing-Shan Zhao said". Titles, given names
 * and places keep their own rules.
 */
function opensWithOrdinaryWord(run: NameRun, lowerWords: Set<string>): boolean {
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
function listedWithPlaces(sentence: TaggedWord[], runs: NameRun[]): Set<number> {
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
function placeByContext(run: NameRun, name: string, lowerWords: Set<string>): boolean {
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
  const sports = isSportsStory(sentences);
  // Runs that name no person, with a space after: "James Webb Space Telescope ", "Johns Hopkins University ".
  const otherNames: string[] = [];
  let position = 0;
  for (const sentence of sentences) {
    const dateline = readDateline(sentence);
    if (dateline) tally(places, dateline.place, ++position);
    // "I WON THIS ELECTION, BY A LOT!": shouted words are no acronyms.
    const shouted = shoutedTokens(sentence);
    const runs = nameRuns(sentence, dateline?.length ?? 0);
    const amongPlaces = listedWithPlaces(sentence, runs);
    for (const [index, run] of runs.entries()) {
      if (shouted.has(run.start) && shouted.has(run.start + run.words.length - 1)) continue;
      position++;
      const attested = attestsPerson(run.after);
      // "James Webb space telescope", "GNU General Public Licence": a name before a thing's head word names the thing.
      const thing =
        THING_HEADS.has(run.after[0]?.toLowerCase() ?? "") || THING_HEADS.has(run.after[1]?.toLowerCase() ?? "");
      const placed = placedByPreposition(run.before);
      const organisation = namesOrganisation(
        run.before,
        run.after.map((t) => t.toLowerCase()),
        sports,
      );
      // A sentence's first word is capitalised anyway: "Podcaster Spike Cohen" starts at the given name, "Regarding Trump" at the name.
      const words =
        (run.start === 0 &&
          run.words.length >= 3 &&
          !isGivenName(run.words[0]!) &&
          isGivenName(run.words[1]!) &&
          !TITLE_WORDS.has(bare(run.words[0]!))) ||
        opensWithOrdinaryWord(run, lowerWords)
          ? run.words.slice(1)
          : run.words;
      const phrases = readNameRun(words);
      const only = phrases.length === 1 ? phrases[0]! : undefined;

      // "Utah Jazz", "Paris Saint-Germain", "Leeds United" in a sports story: a place opening a name that is no person's is a club.
      const clubOfCity =
        only !== undefined &&
        (only.leadingPlaces.length > 0 || (words.length > 1 && LISTED_CITIES.has(words[0]!.toLowerCase())));
      if (
        sports &&
        !placed &&
        clubOfCity &&
        (only.kind === "unknown" || (only.kind === "person" && !isGivenName(words[1]!)))
      ) {
        tally(orgs, words.join(" "), position);
        continue;
      }
      // "shares of Activision Blizzard", "Hammarby sacked", "beat Feyenoord": the context makes an organisation.
      if (
        organisation &&
        only &&
        only.kind !== "place" &&
        !only.leadingPlaces.length &&
        (only.kind !== "person" || !isGivenName(words[0]!))
      ) {
        tally(orgs, only.name, position);
        continue;
      }
      if (!phrases.some((phrase) => phrase.kind === "person")) otherNames.push(`${words.join(" ")} `);
      else if (thing) otherNames.push(`${words.join(" ")} ${run.after[0]} `);
      for (const phrase of phrases) {
        for (const place of phrase.leadingPlaces) tally(places, place, position);
        // "from Lombardy, Veneto, Sicily and Lazio": an unknown name in a list of places is one.
        const first = phrase.name.split(" ")[0]!;
        if (
          amongPlaces.has(index) &&
          !phrase.hasTitle &&
          (phrase.kind === "unknown" || phrase.kind === "person") &&
          !phrase.name.includes(" ") &&
          !isGivenName(first)
        ) {
          tally(places, phrase.name, position);
          continue;
        }
        // "Elizabeth", "Santiago": a listed town named like a person is a place only after "in", "at" or "near".
        if (
          phrase.kind === "place" &&
          phrase.single &&
          !placed &&
          !PLACES.has(phrase.name.toLowerCase()) &&
          isGivenName(phrase.name)
        )
          continue;
        // In a sports story a city is a place only after "in", "at" or "near": "Liverpool beat Leeds" names clubs.
        if (phrase.kind === "place" && sports && !placed && isCity(phrase.name)) tally(orgs, phrase.name, position);
        else if (phrase.kind === "place") tally(places, phrase.name, position);
        else if (phrase.kind === "organisation") tally(orgs, phrase.name, position);
        else if (phrase.kind === "person") {
          // The run's last phrase is the thing's name, not a person's ("Public" of "General Public Licence").
          if (thing && phrase.last) continue;
          tally(people, phrase.name, position);
          if (phrase.titledName) titledNames.add(phrase.name);
          // Only the run's last phrase is next to the words that follow it.
          if (phrase.hasTitle || (attested && phrase.last)) confirmedNames.add(phrase.name);
        } else if (phrase.single && words.length === 1 && placeByContext(run, phrase.name, lowerWords))
          tally(places, phrase.name, position);
        else if (phrase.single) tally(singles, phrase.name, position);
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
    const evidence =
      words.length === 1 ? titledNames.has(name) : confirmed || singles.has(surname) || isPersonsGivenName(words[0]!);
    // "Protection B", "Masjid Al": a name does not end in a letter or a particle.
    const badEnd = words.length > 1 && (/^\p{L}\.?$/u.test(surname) || NAME_JOINERS.has(surname.toLowerCase()));
    // "Google Chrome", "Space Shuttle Discovery": a known organisation or place inside is no person's name.
    // "San Francisco Bay Area": a place of two words inside, or a place's head word before the end ("Michael Bay" ends with it).
    const named = words.some((w, i) => {
      const pair = i > 0 ? `${words[i - 1]} ${w}`.toLowerCase() : "";
      return (
        ORG_NAMES.has(w.toLowerCase()) ||
        PLACES.has(w.toLowerCase()) ||
        PLACES.has(pair) ||
        LISTED_PLACES.has(pair) ||
        (i < words.length - 1 && PLACE_WORDS.has(w.toLowerCase()))
      );
    });
    // "James Webb" when the article names the "James Webb Space Telescope": the start of a longer name that is no person's.
    const partOfOther = otherNames.some((other) => other.length > name.length + 1 && other.startsWith(`${name} `));
    // "Food Safety", "Solar System", "Daily Telegraph": ordinary English words only, with no given name first, name no one.
    const plain =
      words.length > 1 &&
      !isGivenName(words[0]!) &&
      !STYLES.has(words[0]!.toLowerCase()) &&
      words.every((w) => isDictionaryWord(w));
    if (!evidence || badEnd || named || partOfOther || plain || (ordinary && !confirmed)) people.delete(name);
  }
  // "Richardson" of "Darcy Richardson": a word of a person's name is not also a place in the same story.
  const nameWords = new Set([...people.keys()].flatMap((name) => name.split(" ").slice(1)));
  for (const place of [...places.keys()]) if (nameWords.has(place)) places.delete(place);
  // An all-capitals word the article also writes in lower case is emphasis ("HUGE", "SPAM"), not an acronym.
  for (const name of [...orgs.keys()]) {
    if (!name.includes(" ") && (lowerWords.has(name.toLowerCase()) || ROMAN.test(name))) orgs.delete(name);
  }
  const merged = mergeNames([...people.values(), ...singles.values()]);
  const persons = merged.filter((entry) => people.has(entry.name));
  return { people: ranked(persons), places: ranked(places.values()), organisations: ranked(mergeAcronyms(orgs)) };
}
