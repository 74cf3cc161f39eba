// Files every story under the site's topics: its tags read against the vocabulary, its section, its own words.
import { GIVEN_NAMES } from "../../summarise/names/given-names.ts";
import { PLACE_ALIASES, PLACES } from "../../summarise/names/gazetteer.ts";
import type { TopicVocabulary } from "./read-topic-vocabulary.ts";
import { resolveTag } from "./resolve-tag.ts";
import { topicKey } from "./topic-key.ts";

/** What one story brings to its topics. */
export interface TopicInput {
  tags: string[];
  section: string;
  /** Topics its own words call for (findTextTopics). */
  textTopics: string[];
  byline?: string;
  source?: string;
  people: string[];
  places: string[];
  /** The story's text, where a tag may show itself to be a place ("in Porthaven") (default: ""). */
  text?: string;
}

/** A tag whose page moves: to a topic under another name, or to the page of the person or place it names. */
export interface MovedTag {
  tag: string;
  to: { kind: "topics" | "people" | "places"; name: string };
}

/** Each story's topics (in input order) and the tags that now lead elsewhere. */
export interface TopicAssignment {
  topics: string[][];
  moved: MovedTag[];
}

/** Sources a tag needs before it is a topic of its own (default: 2): a tag only one site uses is that site's label. */
export const MIN_OPEN_SOURCES = 2;

const lower = (name: string) => name.normalize("NFKC").toLowerCase().replace(/\./g, "").trim();

/** A place: in the gazetteer or named as a place in a story, or a list of places ("Santiago, Chile"). */
function isPlace(tag: string, places: Set<string>): boolean {
  const known = (name: string) => places.has(name) || PLACES.has(name) || PLACE_ALIASES.has(name);
  return (
    known(lower(tag)) ||
    tag
      .split(/\s*,\s*/)
      .map(lower)
      .every(known)
  );
}

/** True when the text names `tag` as where something is: after "in", "at", "near" or "from" ("fishermen in Porthaven"). */
function namedAsPlace(tag: string, text: string): boolean {
  if (!/^\p{Lu}/u.test(tag) || !text.includes(tag)) return false;
  const escaped = tag.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`\\b(?:in|at|near|from|across) ${escaped}(?![\\p{L}\\p{N}])`, "u").test(text);
}

/** A person: named as one in a story, or two to four capitalised words led by a known given name. */
function isPerson(tag: string, people: Set<string>): boolean {
  if (people.has(lower(tag))) return true;
  const words = tag.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((word) => /^\p{Lu}/u.test(word)) &&
    GIVEN_NAMES.has(words[0]!.toLowerCase())
  );
}

/**
 * Reads every tag of every story, then keeps a tag that names no topic of the vocabulary as a topic of its own
 * only when it is not a person, a place or an author, and stories from at least MIN_OPEN_SOURCES sources carry it.
 * The section and the text topics join, so every story has at least one topic.
 */
export function assignTopics(inputs: TopicInput[], vocabulary: TopicVocabulary): TopicAssignment {
  const people = new Set(inputs.flatMap((input) => input.people.map(lower)));
  const places = new Set(inputs.flatMap((input) => input.places.map(lower)));
  const bylines = inputs.map((input) => lower(input.byline ?? "")).filter(Boolean);
  const moved = new Map<string, MovedTag>();
  const open = new Map<
    string,
    { spellings: Map<string, number>; stories: Set<number>; sources: Set<string>; placeLike: boolean }
  >();
  const fixed = inputs.map((input, index) => {
    const topics: string[] = [];
    for (const tag of input.tags) {
      const reading = resolveTag(tag, vocabulary);
      if (reading.kind === "topic") {
        topics.push(reading.name);
        if (reading.name !== tag) moved.set(tag, { tag, to: { kind: "topics", name: reading.name } });
      } else if (reading.kind === "open") {
        const key = topicKey(reading.name);
        const entry = open.get(key) ?? {
          spellings: new Map(),
          stories: new Set(),
          sources: new Set(),
          placeLike: false,
        };
        entry.placeLike ||= namedAsPlace(tag, input.text ?? "");
        entry.spellings.set(reading.name, (entry.spellings.get(reading.name) ?? 0) + 1);
        entry.stories.add(index);
        // A story without a source was written or tagged by hand: it counts as a source of its own.
        entry.sources.add(input.source ? lower(input.source) : `#${index}`);
        open.set(key, entry);
      }
    }
    return topics;
  });
  const openTopics = new Map<number, string[]>();
  for (const [, entry] of open) {
    const name = [...entry.spellings.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    if (isPlace(name, places)) {
      for (const spelling of entry.spellings.keys())
        moved.set(spelling, { tag: spelling, to: { kind: "places", name } });
      continue;
    }
    if (isPerson(name, people)) {
      for (const spelling of entry.spellings.keys())
        moved.set(spelling, { tag: spelling, to: { kind: "people", name } });
      continue;
    }
    if (entry.placeLike) continue;
    if (bylines.some((byline) => byline.includes(lower(name)))) continue;
    if (entry.sources.size < MIN_OPEN_SOURCES) continue;
    for (const index of entry.stories) openTopics.set(index, [...(openTopics.get(index) ?? []), name]);
    for (const spelling of entry.spellings.keys())
      if (spelling !== name) moved.set(spelling, { tag: spelling, to: { kind: "topics", name } });
  }
  const topics = inputs.map((input, index) => {
    const all = [...fixed[index]!, input.section, ...input.textTopics, ...(openTopics.get(index) ?? [])];
    const seen = new Set<string>();
    return all.filter((name) => !seen.has(topicKey(name)) && seen.add(topicKey(name)));
  });
  return { topics, moved: [...moved.values()] };
}
