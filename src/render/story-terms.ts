// The terms two stories are compared by (names, places, keywords, headline words, the editor's tags), each with the weight of its kind.
import { contentWords } from "../summarise/sentences/content-words.ts";
import type { Story } from "../model/make-story.ts";
import { cachedByText } from "../util/cached-by-text.ts";

/** A term of a story: its kind and text (`p:jane-doe`) and how much one shared term of its kind says. */
export interface StoryTerm {
  term: string;
  weight: number;
  /**
   * What the term is evidence of: `name` (a person or organisation) and `word` (a keyword, headline word or tag) say
   * what a story is about; `place` only where, and places alone never relate two stories (a story lists many countries).
   */
  kind: "name" | "word" | "place";
}

/**
 * Evidence a shared term of each kind gives, before its rarity: a person or organisation names the subject, a
 * keyword or headline word says what happened, a place only says where, and stories name many places in passing.
 */
const KIND_WEIGHTS = { person: 1, organisation: 0.8, keyword: 0.8, headline: 0.8, tag: 0.6, place: 0.4 } as const;

/**
 * Words that say when, how much or who reported, never what happened: two stories that both happened "on Friday
 * morning", "miles" away, according to "officials", are not related by it.
 */
const CIRCUMSTANCE_WORDS = new Set(
  [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tomorrow",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "morning",
    "afternoon",
    "evening",
    "night",
    "hour",
    "day",
    "week",
    "month",
    "year",
    "time",
    "local time",
    "date",
    "miles",
    "kilometers",
    "kilometres",
    "metres",
    "meters",
    "feet",
    "percent",
    "per cent",
    "number",
    "people",
    "man",
    "woman",
    "news",
    "report",
    "statement",
    "announcement",
    "officials",
    "official",
    "spokesperson",
    "spokesman",
    "data",
    "source",
  ].map((word) => contentWords(word).join(" ")),
);

/** The content words of a name or keyword: the same few thousand recur in story after story. */
const wordsOfName = cachedByText((name): readonly string[] => Object.freeze(contentWords(name)));

/** A story's distinct terms, prefixed by kind so "Georgia" the place is not "Georgia" the person. */
export function storyTerms(story: Story): StoryTerm[] {
  const terms = new Map<string, StoryTerm>();
  const add = (term: string, weight: number, kind: StoryTerm["kind"]) => {
    if (!terms.has(term)) terms.set(term, { term, weight, kind });
  };
  for (const label of story.people) add(`p:${label.slug}`, KIND_WEIGHTS.person, "name");
  for (const label of story.organisations) add(`o:${label.slug}`, KIND_WEIGHTS.organisation, "name");
  for (const word of story.keywords) {
    if (!CIRCUMSTANCE_WORDS.has(wordsOfName(word).join(" ")))
      add(`k:${word.toLowerCase()}`, KIND_WEIGHTS.keyword, "word");
  }
  // A headline word already counted as a name or keyword ("Hong" and "Kong" of the place Hong Kong) would count twice.
  const counted = new Set(
    [...story.people, ...story.organisations, ...story.places].flatMap((label) => wordsOfName(label.name)),
  );
  for (const word of story.keywords) for (const part of wordsOfName(word)) counted.add(part);
  for (const word of CIRCUMSTANCE_WORDS) counted.add(word);
  for (const word of contentWords(story.title)) if (!counted.has(word)) add(`w:${word}`, KIND_WEIGHTS.headline, "word");
  // Sections are too broad to relate stories; the editor's own tags are not.
  for (const label of story.topics) if (label.name !== story.section) add(`t:${label.slug}`, KIND_WEIGHTS.tag, "word");
  for (const label of story.places) add(`l:${label.slug}`, KIND_WEIGHTS.place, "place");
  return [...terms.values()];
}
