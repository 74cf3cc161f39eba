// The options of findRelated: how many related stories, how similar, and what the texts are.
import type { KeptBetweenBuilds } from "../util/kept-between-builds.ts";
import type { Story } from "../model/make-story.ts";
import type { TextVector } from "./text-vectors.ts";

/** Options of findRelated. */
export interface RelatedOptions {
  /** Related stories shown under an article at most (default: 4). */
  count?: number;
  /** Terms and words in more than this share of the stories never relate two stories (default: 0.1, at least 20 stories). */
  maxShare?: number;
  /** Terms and words in more stories than this never relate two stories, however big the site: they cost the most to compare (default: 100). */
  maxPosting?: number;
  /** The similarity two stories need to be related: of their weighted terms, and of their texts when given (default: 0.035). */
  floor?: number;
  /** A related story is at least this share as similar as the most similar one, or it is filler beside it (default: 0.7). */
  relativeFloor?: number;
  /** Whether a story may be shown as related at all (default: any story that is not a draft). */
  eligible?: (story: Story) => boolean;
  /** A story's text (its Markdown body), compared word by word with the others' (default: none, terms alone). */
  textOf?: (story: Story) => string;
  /** The stemmed words of a story's opening as its digest holds them, when it does (default: stemmed from `textOf`). */
  openingOf?: (story: Story) => string | undefined;
  /** The cosine of the two texts' rare words and phrases that related stories need at least (default: 0.04). */
  minTextSimilarity?: number;
  /**
   * How far above its own background a story's text must be to a related one's, in spreads of the background: a
   * story in common words is a little like every story, and only a candidate far closer than that is related
   * (default: 4).
   */
  minStandout?: number;
  /** The texts' share of the similarity, the terms' being the rest (default: 0.9). */
  textShare?: number;
  /** With texts, two stories are related only when each is among the other's closest this many by text (default: 2)... */
  mutualRank?: number;
  /** ...or when their texts are at least this similar (default: 0.07). */
  sureSimilarity?: number;
  /**
   * The event a story reports, when it is one of several reports of an event shown together (its lead, say): two
   * stories of one event are never related (default: none).
   */
  eventOf?: (story: Story) => unknown;
  /** Each story's text words from the last build, kept by its input path (default: none; the result is the same). */
  kept?: KeptBetweenBuilds;
  /**
   * The stories' text vectors, made already with these options in another thread (`relatedVectorsInWorker`): then
   * `textOf`, `openingOf` and `kept` are not read for the texts (default: made here).
   */
  vectors?: TextVector[];
}
