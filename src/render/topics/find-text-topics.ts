// Finds the topics a story's own words call for (an election story is filed under Elections whatever its tags).
import type { TopicVocabulary } from "./read-topic-vocabulary.ts";

/** A cue word in the headline counts this many times one in the body (default: 3), as for sections. */
export const TITLE_CUE_WEIGHT = 3;

/** Lower-case words of a text, hyphenated words kept whole ("re-elected"). */
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];

/** The text topics whose cue words weigh at least their `minScore` in the story: body words once, title words thrice. */
export function findTextTopics(title: string, text: string, vocabulary: TopicVocabulary): string[] {
  if (vocabulary.fromText.size === 0) return [];
  const titleWords = wordsOf(title);
  const bodyWords = wordsOf(text);
  const found: string[] = [];
  for (const [name, { cues, minScore }] of vocabulary.fromText) {
    let score = 0;
    for (const word of bodyWords) score += cues.get(word) ?? 0;
    for (const word of titleWords) score += TITLE_CUE_WEIGHT * (cues.get(word) ?? 0);
    if (score >= minScore) found.push(name);
  }
  return found;
}
