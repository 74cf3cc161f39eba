// Finds each story's related stories: those on the same subject by their rare names, words and phrases; none rather than filler.
import type { Story } from "../model/make-story.ts";
import { keptOrMade } from "../util/kept-between-builds.ts";
import { makePostings, type Postings } from "./postings.ts";
import { storyTerms } from "./story-terms.ts";
import { textBackground } from "./text-background.ts";
import { textVectorsInWorker } from "./text-vectors-in-worker.ts";
import type { RelatedOptions } from "./related-options.ts";
import { type TextVector, textVectors, type VectorText } from "./text-vectors.ts";

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
 * so that the calling thread can go on meanwhile; pass them to `findRelated` as `vectors`, with the same options.
 */
export function relatedVectorsInWorker(
  stories: Story[],
  options: RelatedOptions & Required<Pick<RelatedOptions, "textOf">>,
): Promise<TextVector[]> {
  return textVectorsInWorker(relatedTexts(stories, options.textOf, options.openingOf), {
    maxDf: relatedWordLimit(stories.length, options),
  });
}

/** Days over which closeness in time fades by half (default: 30). */
const CLOSENESS_HALF_LIFE_DAYS = 30;
/** What closeness in time adds to the order at most, as a share of the similarity: it breaks near ties, it never admits a story (default: 0.1). */
const CLOSENESS_BONUS = 0.1;
const DAY_MS = 86_400_000;
/** Names, words or phrases (not places) two related stories share at least: one shared term is a coincidence (default: 2). */
const MIN_SHARED = 2;

interface Candidate {
  other: number;
  /** Similarity of content alone. */
  similarity: number;
  /** Similarity of the texts (0 without them). */
  text: number;
  /** Similarity with closeness in time counted: the order shown. */
  score: number;
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
  return weighTerms(
    stories,
    options,
  )(options.vectors ?? (textOf ? textVectors(relatedTexts(stories, textOf, openingOf), { maxDf, kept }) : undefined));
}

/**
 * `findRelated` with the texts' vectors still being made (`relatedVectorsInWorker`, with the same options): the
 * terms are weighed while they are, and the stories compared once they are made.
 */
export async function findRelatedOnceMade(
  stories: Story[],
  options: RelatedOptions,
  vectors: Promise<TextVector[]>,
): Promise<Map<string, Story[]>> {
  const relate = weighTerms(stories, options);
  return relate(await vectors);
}

/**
 * The first half of `findRelated`, the stories' terms weighed; gives the second half, which compares the stories
 * with their texts' vectors (if any).
 */
function weighTerms(stories: Story[], options: RelatedOptions): (texts?: TextVector[]) => Map<string, Story[]> {
  const {
    count = 4,
    maxShare = 0.1,
    maxPosting = 100,
    floor = 0.035,
    relativeFloor = 0.7,
    minTextSimilarity = 0.04,
    minStandout = 4,
    textShare = 0.9,
    mutualRank = 2,
    sureSimilarity = 0.07,
  } = options;
  const limit = relatedWordLimit(stories.length, { maxShare, maxPosting });
  const eligible = stories.map(options.eligible ?? ((story: Story) => !story.draft));
  const total = Math.max(2, stories.length);

  // Terms: interned, weighted by kind and rarity, each story's vector scaled to length 1 over its usable terms.
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
  const termPostings = makePostings(terms, termDf.length, (index) => eligible[index]!);

  return (texts) => {
    const background = texts ? textBackground(texts, eligible) : undefined;
    const textPostings = texts
      ? makePostings(
          texts,
          texts.reduce((size, { ids }) => Math.max(size, (ids[ids.length - 1] ?? -1) + 1), 0),
          (index) => eligible[index]!,
        )
      : undefined;

    const termDot = new Float64Array(stories.length);
    const textDot = new Float64Array(stories.length);
    const shared = new Uint16Array(stories.length);
    const seen = new Uint8Array(stories.length);
    const times = stories.map((story) => story.date.getTime());
    // Higher score first; ties go to the newer story, then to the URL, so the order is the same on every machine.
    const compare = (a: Candidate, b: Candidate): number =>
      b.score - a.score ||
      times[b.other]! - times[a.other]! ||
      stories[a.other]!.url.localeCompare(stories[b.other]!.url);
    const candidates: Candidate[][] = [];
    // Candidates kept per story before the mutual check, which may pass over some of the best.
    const kept = count * 2;
    // Each story's `mutualRank`-th highest text similarity to any other story: how close its closest few are.
    const near = new Float64Array(stories.length);
    const top = new Float64Array(mutualRank);
    stories.forEach((story, index) => {
      const touched: number[] = [];
      const visit = (
        postings: Postings,
        ids: ArrayLike<number>,
        weights: ArrayLike<number>,
        dots: Float64Array,
        counts: (at: number) => boolean,
      ) => {
        for (let at = 0; at < ids.length; at++) {
          const id = ids[at]!;
          const weight = weights[at]!;
          const evidence = counts(at);
          for (let slot = postings.start[id]!; slot < postings.start[id + 1]!; slot++) {
            const other = postings.stories[slot]!;
            if (other === index) continue;
            if (!seen[other]) {
              seen[other] = 1;
              touched.push(other);
            }
            dots[other] = dots[other]! + weight * postings.weights[slot]!;
            if (evidence) shared[other] = shared[other]! + 1;
          }
        }
      };
      const own = terms[index]!;
      visit(termPostings, own.ids, own.weights, termDot, (at) => !own.place[at]);
      if (texts && textPostings) visit(textPostings, texts[index]!.ids, texts[index]!.weights, textDot, () => true);

      if (texts) {
        top.fill(0);
        for (const other of touched) {
          const text = textDot[other]!;
          if (text <= top[mutualRank - 1]!) continue;
          let at = mutualRank - 1;
          while (at > 0 && top[at - 1]! < text) {
            top[at] = top[at - 1]!;
            at--;
          }
          top[at] = text;
        }
        near[index] = top[mutualRank - 1]!;
      }
      // The best of the touched stories, kept in order as they come: sorting thousands for a few is quadratic.
      const best: Candidate[] = [];
      const standout = background ? background.mean[index]! + minStandout * background.spread[index]! : 0;
      for (const other of touched) {
        if (shared[other]! < MIN_SHARED) continue;
        const text = textDot[other]!;
        if (texts && (text < minTextSimilarity || text < standout)) continue;
        const similarity = texts ? textShare * text + (1 - textShare) * termDot[other]! : termDot[other]!;
        // The cheap tests first: most touched stories fall short of them.
        if (similarity < floor || options.sameEvent?.(story, stories[other]!)) continue;
        const days = Math.abs(times[index]! - times[other]!) / DAY_MS;
        const score = similarity * (1 + CLOSENESS_BONUS * 2 ** (-days / CLOSENESS_HALF_LIFE_DAYS));
        const candidate = { other, similarity, text, score };
        if (best.length === kept && compare(candidate, best[kept - 1]!) >= 0) continue;
        let at = best.length;
        while (at > 0 && compare(candidate, best[at - 1]!) < 0) at--;
        best.splice(at, 0, candidate);
        if (best.length > kept) best.pop();
      }
      for (const other of touched) {
        termDot[other] = 0;
        textDot[other] = 0;
        shared[other] = 0;
        seen[other] = 0;
      }
      candidates[index] = best;
    });
    // A lonely story's closest text is often a story with closer ones of its own, alike only in the kind of news: two
    // stories are related when each is among the other's closest few texts, or when their texts are close beyond doubt.
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
  };
}
