// Finds the topics a story's own words call for (an election story is filed under Elections whatever its tags).
import type { TextTopic, TopicVocabulary } from "./read-topic-vocabulary.ts";

/** A cue word in the headline counts this many times one in the body (default: 3), as for sections. */
export const TITLE_CUE_WEIGHT = 3;

/** One pattern per text topic, matching its cue words whole: the text is scanned once a topic, not cut into words. */
const patterns = new WeakMap<TextTopic, RegExp>();
function patternOf(topic: TextTopic): RegExp {
  let pattern = patterns.get(topic);
  if (!pattern) {
    const words = [...topic.cues.keys()]
      .sort((a, b) => b.length - a.length)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    // Plain \b, not Unicode classes: faster on long texts, and the cue words are in letters \b knows.
    pattern = new RegExp(`\\b(?:${words.join("|")})\\b`, "gi");
    patterns.set(topic, pattern);
  }
  return pattern;
}

/** The weight of the cue words in `text`. */
function score(text: string, topic: TextTopic): number {
  let total = 0;
  for (const match of text.matchAll(patternOf(topic))) total += topic.cues.get(match[0].toLowerCase()) ?? 0;
  return total;
}

/** The text topics whose cue words weigh at least their `minScore` in the story: body words once, title words thrice. */
export function findTextTopics(title: string, text: string, vocabulary: TopicVocabulary): string[] {
  const found: string[] = [];
  for (const [name, topic] of vocabulary.fromText) {
    if (topic.cues.size === 0) continue;
    if (score(text, topic) + TITLE_CUE_WEIGHT * score(title, topic) >= topic.minScore) found.push(name);
  }
  return found;
}
