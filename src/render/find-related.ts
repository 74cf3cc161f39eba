// Finds each story's related stories: those on the same subject by their rare names, words and phrases; none rather than filler.
import type { Story } from "../model/make-story.ts";
import { keptOrMade } from "../util/kept-between-builds.ts";
import { type Comparison, type Compared, compareStories } from "./compare-stories.ts";
import { storyTerms } from "./story-terms.ts";
import { type MadeVectors, textVectorsInWorker } from "./text-vectors-in-worker.ts";
import type { RelatedOptions } from "./related-options.ts";
import { textVectors, type VectorText } from "./text-vectors.ts";

export type { RelatedOptions } from "./related-options.ts";

/** Words and phrases in more stories than this never relate two stories, of `count` stories (see `RelatedOptions`). */
const relatedWordLimit = (count: number, { maxShare = 0.1, maxPosting = 100 }: RelatedOptions) =>
  Math.max(20, Math.min(maxPosting, Math.floor(count * maxShare)));

/** What each story's text vector is made from: its headline, its opening, the names of its places and people. */
function relatedTexts(
  stories: Story[],
  textOf: (story: Story) => string,
  openingOf?: (story: Story) => string | undefined,
): VectorText[] {
  return stories.map((story) => {
    const opening = openingOf?.(story);
    return {
      title: story.title,
      // The opening's words stand for the text: a text not needed is not copied to the worker thread.
      text: opening === undefined ? textOf(story) : "",
      opening,
      places: story.places.map(({ name }) => name),
      people: story.people.map(({ name }) => name),
      key: story.inputPath,
    };
  });
}

/**
 * The text vectors `findRelated` makes of `stories` with `options` (which give `textOf`), made in a worker thread
 * so that the calling thread can go on meanwhile; pass them to `findRelatedOnceMade`, with the same options.
 */
export function relatedVectorsInWorker(
  stories: Story[],
  options: RelatedOptions & Required<Pick<RelatedOptions, "textOf">>,
): MadeVectors {
  return textVectorsInWorker(relatedTexts(stories, options.textOf, options.openingOf), {
    maxDf: relatedWordLimit(stories.length, options),
  });
}

/**
 * Maps each story's URL to its related stories, best first. Two kinds of evidence are weighed: the stories' terms
 * (people, organisations, keywords, headline words, the editor's tags, places), each weighted by its kind and its
 * rarity, as a cosine; and, with `textOf`, their texts (headline and opening: words and two-word phrases, weighted
 * by rarity), as a cosine that must also stand out from the story's background similarity to the site by
 * `minStandout` spreads. A story is related when the two share at least two names, words or phrases (places do not
 * count), and the weighted similarity reaches `floor`; closeness in time only orders stories about as similar. A
 * story whose candidates all fall short shows none: filler is worse than nothing.
 * Only stories that share a rare term or word are ever compared, found through lists of the stories holding each:
 * terms and words in more than `maxShare` of the stories, or in more than `maxPosting`, relate everything to
 * everything, cost the most, and are skipped, which keeps the work close to linear in the site's size.
 */
export function findRelated(stories: Story[], options: RelatedOptions = {}): Map<string, Story[]> {
  const { textOf, openingOf, kept } = options;
  const maxDf = relatedWordLimit(stories.length, options);
  const comparison: Comparison = {
    ...weighTerms(stories, options),
    texts:
      options.vectors ?? (textOf ? textVectors(relatedTexts(stories, textOf, openingOf), { maxDf, kept }) : undefined),
  };
  return chooseRelated(stories, comparison, compareStories(comparison, 0, stories.length), options);
}

/** Stories from which the comparing is split between this thread and the worker's (default: 2,000). */
export const SPLIT_FROM = 2_000;

/**
 * `findRelated` with the texts' vectors still being made (`relatedVectorsInWorker`, with the same options): the
 * terms are weighed while they are; then, from `splitFrom` stories, the older half of the stories is compared in
 * the worker thread, which holds the vectors, while this thread compares the newer half. The related stories are the
 * same either way (a failed worker's half is compared here). The worker is ended.
 */
export async function findRelatedOnceMade(
  stories: Story[],
  options: RelatedOptions,
  made: MadeVectors,
  splitFrom = SPLIT_FROM,
): Promise<Map<string, Story[]>> {
  try {
    const weighed = weighTerms(stories, options);
    const comparison: Comparison = { ...weighed, texts: await made.vectors };
    const half = stories.length >= splitFrom ? Math.ceil(stories.length / 2) : stories.length;
    // Sent before this thread starts on its own half.
    const there = half < stories.length ? made.compare(weighed, half, stories.length) : undefined;
    const here = compareStories(comparison, 0, half);
    const rest =
      there === undefined
        ? { candidates: [], near: [] }
        : await there.catch(() => compareStories(comparison, half, stories.length));
    const compared: Compared = {
      candidates: [...here.candidates, ...rest.candidates],
      near: [...here.near, ...rest.near],
    };
    return chooseRelated(stories, comparison, compared, options);
  } finally {
    made.end();
  }
}

/**
 * The first half of `findRelated`: the stories' terms weighed (interned, weighted by kind and rarity, each story's
 * vector scaled to length 1 over its usable terms), with all else comparing the stories reads but their texts.
 */
function weighTerms(stories: Story[], options: RelatedOptions): Omit<Comparison, "texts"> {
  const {
    count = 4,
    maxShare = 0.1,
    maxPosting = 100,
    floor = 0.035,
    minTextSimilarity = 0.04,
    minStandout = 4,
    textShare = 0.9,
    mutualRank = 2,
  } = options;
  const limit = relatedWordLimit(stories.length, { maxShare, maxPosting });
  const total = Math.max(2, stories.length);
  const termIds = new Map<string, number>();
  const termDf: number[] = [];
  const labels = (list: { name: string; slug: string }[]) =>
    list.map(({ name, slug }) => `${name}\t${slug}`).join("\n");
  const storyTermLists = stories.map((story) =>
    keptOrMade(
      options.kept,
      `terms:${story.inputPath}`,
      () => [
        story.title,
        story.section,
        story.keywords,
        story.organisations,
        labels(story.people),
        labels(story.places),
        labels(story.topics),
      ],
      () => storyTerms(story),
    ),
  );
  for (const list of storyTermLists) {
    for (const { term } of list) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termDf.length;
        termIds.set(term, id);
        termDf.push(0);
      }
      termDf[id]!++;
    }
  }
  const terms = storyTermLists.map((list) => {
    const usable = list
      .map(({ term, weight, kind }) => ({ id: termIds.get(term)!, weight, kind }))
      .filter(({ id }) => termDf[id]! <= limit);
    const weighted = usable.map(({ id, weight }) => weight * Math.log(total / termDf[id]!));
    const norm = Math.sqrt(weighted.reduce((sum, weight) => sum + weight * weight, 0)) || 1;
    return {
      ids: usable.map(({ id }) => id),
      weights: weighted.map((weight) => weight / norm),
      place: usable.map(({ kind }) => kind === "place"),
    };
  });
  // Each event a number, shared by its reports.
  const eventIds = new Map<unknown, number>();
  const events = stories.map((story) => {
    const event = options.eventOf?.(story);
    if (event === undefined) return -1;
    if (!eventIds.has(event)) eventIds.set(event, eventIds.size);
    return eventIds.get(event)!;
  });
  return {
    terms,
    termCount: termDf.length,
    eligible: stories.map(options.eligible ?? ((story: Story) => !story.draft)),
    times: stories.map((story) => story.date.getTime()),
    urls: stories.map((story) => story.url),
    events,
    kept: count * 2,
    floor,
    minTextSimilarity,
    minStandout,
    textShare,
    mutualRank,
  };
}

/**
 * The last step: a lonely story's closest text is often a story with closer ones of its own, alike only in the kind
 * of news, so two stories are related when each is among the other's closest few texts, or when their texts are
 * close beyond doubt; then the `count` best that are not filler beside the strongest.
 */
function chooseRelated(
  stories: Story[],
  comparison: Comparison,
  { candidates, near }: Compared,
  { count = 4, relativeFloor = 0.7, sureSimilarity = 0.07 }: RelatedOptions,
): Map<string, Story[]> {
  const { texts } = comparison;
  const related = new Map<string, Story[]>();
  stories.forEach((story, index) => {
    const mutual = candidates[index]!.filter(
      ({ other, text }) => !texts || text >= sureSimilarity || (text >= near[index]! && text >= near[other]!),
    ).slice(0, count);
    const strongest = Math.max(0, ...mutual.map(({ similarity }) => similarity));
    const shown = mutual.filter(({ similarity }) => similarity >= strongest * relativeFloor);
    related.set(
      story.url,
      shown.map(({ other }) => stories[other]!),
    );
  });
  return related;
}
