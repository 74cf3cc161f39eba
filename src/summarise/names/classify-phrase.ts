// Types a proper-noun phrase as a person, place or organisation by its words, with the gazetteer and word lists.
import { PLACES, PLACE_ALIASES } from "./gazetteer.ts";
import { GIVEN_NAMES } from "./given-names.ts";
import { LISTED_PLACES } from "./name-data.ts";
import { DEMONYMS, NAME_JOINERS, NOT_ORGS, ORG_NAMES, ORG_WORDS, OTHER_WORDS, PLACE_WORDS } from "./name-words.ts";

export type Kind = "person" | "place" | "organisation" | "unknown";

/** Lower case without a final dot ("Gen." → "gen"). Called for most tokens, so without a regex. */
export const bare = (word: string): string => (word.endsWith(".") ? word.slice(0, -1) : word).toLowerCase();
/** The lookup key of a phrase: lower-case without dots, so "U.S." finds "us". */
export function keyOf(words: string[]): string {
  const key = (words.length === 1 ? words[0]! : words.join(" ")).toLowerCase();
  return key.includes(".") ? key.replace(/\./g, "") : key;
}
/** A capital, then one to six capitals, digits or "&", once dots are removed ("NATO", "U.N.", "AT&T"). */
export const isAcronym = (word: string): boolean => /^[A-Z][A-Z0-9&]{1,6}$/.test(word.replace(/\./g, ""));

/** Words that only say where an area lies or what it is for: "Northern District", "United States District", "Congressional District". */
const AREA_MODIFIERS = new Set(
  "north south east west northern southern eastern western middle central upper lower united states congressional federal judicial".split(
    " ",
  ),
);

/** Kinds already found, by titled flag and phrase: a name recurs in an article, and each is classified several times. */
const kinds = new Map<string, Kind>();
/** Bounds the memo (default: 50,000 phrases). */
const MAX_KINDS = 50_000;

/**
 * A phrase's kind; `titled` when a title came before it ("President Lula"), which lets a
 * single word be a person. Memoised: it depends on the words and the flag alone.
 */
export function classifyPhrase(words: string[], titled: boolean): Kind {
  const key = `${titled ? "t" : "f"}${words.join(" ")}`;
  let kind = kinds.get(key);
  if (kind === undefined) {
    kind = kindOf(words, titled);
    if (kinds.size >= MAX_KINDS) kinds.clear();
    kinds.set(key, kind);
  }
  return kind;
}

/** The kind from the words, unmemoised. */
function kindOf(words: string[], titled: boolean): Kind {
  const lower = words.map(bare);
  const phrase = keyOf(words);
  if (PLACES.has(phrase) || PLACE_ALIASES.has(phrase)) return "place";
  // "Bill Clinton": a well-known given name opening a short name is no law or event word.
  const from = words.length <= 3 && GIVEN_NAMES.has(lower[0]!) && !lower.includes("of") ? 1 : 0;
  if (lower.some((w, i) => i >= from && OTHER_WORDS.has(w))) return "unknown";
  if (ORG_NAMES.has(phrase)) return "organisation";
  // A head word alone ("Parliament", "Court", "Channel") is a reference, not a name.
  if (lower.some((w) => ORG_WORDS.has(w))) return words.length > 1 ? "organisation" : "unknown";
  // Acronyms of two to five letters; with digits they are model numbers and catalogue names ("LH2", "2004 MN4").
  if (words.length === 1 && isAcronym(words[0]!)) {
    const letters = phrase.replace(/&/g, "");
    return NOT_ORGS.has(phrase) || /\d/.test(letters) || letters.length > 5 ? "unknown" : "organisation";
  }
  // The listed places (thousands, from data) come after the organisation tests: "Leeds United", "Paris Saint-Germain".
  if (LISTED_PLACES.has(phrase)) return "place";
  // "Northern District", "Congressional District": a head with only directions before it is a court's or an office's area, no place's name.
  if (
    words.length > 1 &&
    PLACE_WORDS.has(lower[lower.length - 1]!) &&
    lower.slice(0, -1).every((w) => AREA_MODIFIERS.has(w))
  )
    return "unknown";
  // "Gulf of Mexico" is a place; "Alassane Ouattara of Ivory Coast" is a person and a place, split at "of".
  // "Martine Avenue and S. Lexington Avenue", "Care Clinic and Leulumoega District": two names, read apart.
  if (lower.includes("and") && PLACE_WORDS.has(lower[lower.length - 1]!)) return "unknown";
  const of = lower.indexOf("of");
  // "Gulf of Mexico", "Bay of Bengal": a place's head, "of" and one name.
  if (words.length === 3 && of === 1 && PLACE_WORDS.has(lower[0]!)) return "place";
  if (words.length > 1 && PLACE_WORDS.has(lower[lower.length - 1]!) && (of < 0 || PLACE_WORDS.has(lower[of - 1] ?? "")))
    return "place";
  if (lower.includes("and") || lower.includes("of") || lower.some((w) => DEMONYMS.has(w))) return "unknown";
  const nameShaped =
    words.every((w) => NAME_JOINERS.has(w) || /^(?:\p{Ll}{1,3}-)?\p{Lu}[\p{L}'’.-]*$/u.test(w)) &&
    !words.some(isAcronym);
  if (nameShaped && (words.length >= 2 || titled) && words.length <= 4) return "person";
  return "unknown";
}
