// Tells a sports story by its words: there a city's name is most often its club ("Liverpool beat Leeds").
import type { TaggedWord } from "../sentences/tag-words.ts";

/** Words of sport reporting; an article with three of them, or a score and one, is a sports story. */
const SPORT_WORDS = new Set(
  (
    "match matches goal goals scored striker goalkeeper midfielder defender coach club clubs league season tournament " +
    "penalty penalties stadium fans team teams championship cup innings wicket wickets basketball football soccer " +
    "rugby tennis cricket hockey baseball player players game games final semi-final quarter-final kick-off"
  ).split(" "),
);
/** A score: "2-1", "4–3". */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;

/** True when the article reads as a sports story. */
export function isSportsStory(sentences: TaggedWord[][]): boolean {
  const seen = new Set<string>();
  let score = false;
  for (const sentence of sentences) {
    for (const { value } of sentence) {
      const word = value.toLowerCase();
      if (SPORT_WORDS.has(word)) seen.add(word);
      else if (SCORE.test(value)) score = true;
    }
  }
  return seen.size >= 3 || (score && seen.size >= 1);
}
