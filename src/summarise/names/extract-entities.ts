// Finds the people, places and organisations an article names, merging variants of one name.
import { bare, isAcronym } from "./classify-phrase.ts";
import { PLACES } from "./gazetteer.ts";
import { mergeNames, type NameCount } from "./merge-names.ts";
import { NAME_JOINERS, ORG_NAMES, PLACE_WORDS, TITLE_WORDS } from "./name-words.ts";
import { LISTED_CITIES, LISTED_PLACES } from "./name-data.ts";
import { isSportsStory } from "../sections/is-sports-story.ts";
import { namesOrganisation, placedByPreposition } from "./name-context.ts";
import { readDateline } from "./read-dateline.ts";
import { readNameRun, STYLES } from "./read-name-run.ts";
import { isDictionaryWord } from "../sentences/tag-words.ts";
import type { TaggedWord } from "../sentences/tag-words.ts";
import { isCapitalised, isLowerCase, nameRuns, shoutedTokens } from "./name-runs.ts";
import {
  attestsPerson,
  isCity,
  isGivenName,
  isPersonsGivenName,
  listedWithPlaces,
  opensWithOrdinaryWord,
  placeByContext,
} from "./run-evidence.ts";

/** The names an article holds, each kind most mentioned first. */
export interface Entities {
  people: string[];
  places: string[];
  organisations: string[];
}

/** Counts a mention of `name`, remembering where it first stood. */
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

/** Heads of the names of things named after people: "James Webb space telescope", "Rocky Linux". */
const THING_HEADS = new Set("telescope satellite spacecraft probe rocket linux licence license licensed".split(" "));

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
