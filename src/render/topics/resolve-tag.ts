// Reads one source tag against the vocabulary: a topic of the site, a candidate for a topic of its own, or dropped.
import { scoreSections } from "../../summarise/sections/classify-section.ts";
import type { TopicVocabulary } from "./read-topic-vocabulary.ts";
import { topicKey, topicParts } from "./topic-key.ts";

/** What a tag says: a topic of the vocabulary, a name that may become a topic of its own, or nothing. */
export type TagReading =
  | { kind: "topic"; name: string }
  | { kind: "open"; name: string }
  | { kind: "drop"; reason: string };

/** A section cue of this weight in the tag itself (default: 3, a word that names the subject) files it there. */
export const MIN_TAG_EVIDENCE = 3;
/** Longest tag that may become a topic of its own (default: 4 words): longer ones are phrases about one story. */
export const MAX_OPEN_WORDS = 4;

/**
 * Internal codes and machine labels: `_no-apple-news`, `PFI-XAMP`, `section:world`, `a1b2c3`, `noAppleNews`.
 * A tag in capitals made of letter-only parts joined by hyphens is a code; "COVID-19" or "G7" are not.
 */
export function isCode(tag: string): boolean {
  return (
    /[_:=<>{}\\@#]/.test(tag) ||
    /^[A-Z]{2,}(?:-[A-Z]{2,})+$/.test(tag) ||
    /^[0-9a-f]{8,}$/i.test(tag) ||
    /^\d+$/.test(tag) ||
    /^[a-z]+[A-Z]\w*$/.test(tag) ||
    // Letters and digits alternating within one word ("a1b2c3"), as ids do; "COVID-19" has two runs only.
    (!/\s/.test(tag) && (tag.match(/\p{L}+|\d+/gu) ?? []).length >= 4)
  );
}

/** The topic a key names, directly or as a synonym. */
function lookUp(key: string, vocabulary: TopicVocabulary): string | undefined {
  return vocabulary.topics.get(key) ?? vocabulary.synonyms.get(key);
}

/** The topic one part of a compound names: itself, a synonym, or a part of a compound topic ("law" of "Crime and law"?). */
function lookUpPart(part: string, vocabulary: TopicVocabulary): string | undefined {
  const direct = lookUp(part, vocabulary);
  if (direct) return direct;
  for (const [, name] of vocabulary.topics)
    if (topicParts(name).length > 1 && topicParts(name).includes(part)) return name;
  return undefined;
}

/** The text topic whose strong cue words (weight 3 or more) the tag holds: "2020 presidential election" → Elections. */
function textTopicOf(tag: string, vocabulary: TopicVocabulary): string | undefined {
  const words = tag.toLowerCase().split(/[^\p{L}\p{N}-]+/u);
  for (const [name, { cues }] of vocabulary.fromText) {
    if (words.some((word) => (cues.get(word) ?? 0) >= MIN_TAG_EVIDENCE)) return name;
  }
  return undefined;
}

/** The section whose cue words in the tag weigh at least MIN_TAG_EVIDENCE ("Stock market" → Business), if a topic. */
function sectionOf(tag: string, vocabulary: TopicVocabulary): string | undefined {
  let best: [string, number] | undefined;
  for (const [section, score] of scoreSections(tag))
    if (score >= MIN_TAG_EVIDENCE && (!best || score > best[1])) best = [section, score];
  return best ? lookUp(topicKey(best[0]), vocabulary) : undefined;
}

/** A tag as a page would name it: spaces tidied, a first letter in lower case raised ("immigration" → "Immigration"). */
export function tidyTagName(tag: string): string {
  const tidy = tag.replace(/\s+/g, " ").trim();
  return tidy.charAt(0).toLocaleUpperCase("en") + tidy.slice(1);
}

/**
 * Reads a tag: the vocabulary's own names and synonyms first (case and plural aside), then the parts of a compound
 * ("Politics and conflicts" → Politics), then the words in it that name a topic outright. What is left is a
 * candidate topic of its own, unless it is a code, a site section or a long phrase.
 */
export function resolveTag(tag: string, vocabulary: TopicVocabulary): TagReading {
  const trimmed = tag.replace(/\s+/g, " ").trim();
  const key = topicKey(trimmed);
  if (!key) return { kind: "drop", reason: "no words" };
  if (vocabulary.drop.has(key)) return { kind: "drop", reason: "a site section" };
  const found = lookUp(key, vocabulary);
  if (found) return { kind: "topic", name: found };
  // A slug ("climate-change") is read as its words; it may name a topic but is never a name of its own.
  const slug = /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(trimmed);
  if (!slug && isCode(trimmed)) return { kind: "drop", reason: "a code" };
  const parts = topicParts(slug ? trimmed.replace(/-/g, " ") : trimmed);
  for (const part of parts) {
    const topic = lookUpPart(part, vocabulary);
    if (topic) return { kind: "topic", name: topic };
  }
  const evidence = textTopicOf(trimmed, vocabulary) ?? sectionOf(trimmed, vocabulary);
  if (evidence) return { kind: "topic", name: evidence };
  if (slug) return { kind: "drop", reason: "a code" };
  if (key.split(" ").length > MAX_OPEN_WORDS || trimmed.length > 40) return { kind: "drop", reason: "a phrase" };
  return { kind: "open", name: tidyTagName(trimmed) };
}
