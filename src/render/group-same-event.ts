// Groups the reports of one event from several sources: close in time, naming the same people, places and organisations, in similar words.
import type { Story } from "../model/make-story.ts";
import { countWords, readCountedWords } from "../summarise/sentences/content-words.ts";
import { type KeptBetweenBuilds, keptOrMade } from "../util/kept-between-builds.ts";

/** Options of groupSameEvent. */
export interface SameEventOptions {
  /** Hours apart two reports of one event may be at most (default: 36). */
  windowHours?: number;
  /** Names (people, places, organisations) two reports must share at least (default: 2). */
  minSharedNames?: number;
  /** The cosine of the two reports' word counts (headline and text) they must reach at least (default: 0.45). */
  minTextSimilarity?: number;
  /** Names in more stories than this are too common to count as evidence (default: 500). */
  maxPosting?: number;
  /** Each story's word counts from the last build, kept while its headline and text are the same (default: none). */
  kept?: KeptBetweenBuilds;
  /**
   * A story's headline and text words as `countedWords` gives them for `${title}\n${text}`, when known (its digest
   * has them): saves stemming its whole text again (default: none, they are counted here).
   */
  countedWordsOf?: (story: Story) => string | undefined;
}

/** A word-count vector of a text, with its length, for cosines. */
interface WordVector {
  counts: Map<string, number>;
  norm: number;
}

/** The vector of a text's word counts (`countWords`), which it takes over. */
function wordVector(counts: Map<string, number>): WordVector {
  // Damped counts: a word said ten times is not ten times the evidence.
  let sum = 0;
  for (const [word, count] of counts) {
    const weight = 1 + Math.log(count);
    counts.set(word, weight);
    sum += weight * weight;
  }
  return { counts, norm: Math.sqrt(sum) || 1 };
}

function cosine(a: WordVector, b: WordVector): number {
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [word, weight] of small.counts) dot += weight * (large.counts.get(word) ?? 0);
  return dot / (a.norm * b.norm);
}

const sourceOf = (story: Story): string => story.source?.name?.trim().toLowerCase() ?? "";
const namesOf = (story: Story): string[] => [
  ...story.people.map((label) => `p:${label.slug}`),
  ...story.places.map((label) => `l:${label.slug}`),
  ...story.organisations.map((label) => `o:${label.slug}`),
];

/**
 * Finds the groups of stories that report one event: each pair in a group comes from two different named sources,
 * within `windowHours`, shares at least `minSharedNames` names, and its texts reach `minTextSimilarity` (a cosine
 * of stemmed content words): a headline alone never decides it. A group holds one story per source. Its lead is the
 * fullest report (the longest text; then the earliest, then by URL), and the map gives each lead its other reports,
 * newest first. Only stories close in time that share a name are ever compared, so the work grows with the site.
 */
export function groupSameEvent(
  stories: Story[],
  textOf: (story: Story) => string,
  options: SameEventOptions = {},
): Map<Story, Story[]> {
  const { windowHours = 36, minSharedNames = 2, minTextSimilarity = 0.45, maxPosting = 500 } = options;
  const window = windowHours * 3_600_000;
  const sources = stories.map(sourceOf);
  const candidates = stories
    .map((story, index) => ({ story, index }))
    .filter(({ story, index }) => sources[index] !== "" && !story.draft);
  const postings = new Map<string, number[]>();
  for (const { story, index } of candidates) {
    for (const name of new Set(namesOf(story))) {
      const posting = postings.get(name);
      if (posting) posting.push(index);
      else postings.set(name, [index]);
    }
  }
  const vectors = new Map<number, WordVector>();
  const vectorOf = (index: number) => {
    let vector = vectors.get(index);
    if (!vector) {
      const story = stories[index]!;
      const text = textOf(story);
      vector = keptOrMade(
        options.kept,
        `same-event:${story.inputPath}`,
        () => [story.title, text],
        () => {
          const counted = options.countedWordsOf?.(story);
          return wordVector(counted === undefined ? countWords(`${story.title}\n${text}`) : readCountedWords(counted));
        },
      );
      vectors.set(index, vector);
    }
    return vector;
  };
  // Each posting in time order, so the stories in the window around a report are found by binary search.
  const times = stories.map((story) => story.date.getTime());
  for (const posting of postings.values()) posting.sort((a, b) => times[a]! - times[b]! || a - b);
  const firstAtOrAfter = (posting: number[], time: number) => {
    let low = 0;
    let high = posting.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (times[posting[middle]!]! < time) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  // Pairs that name enough of the same names in the window, from two sources: then the texts are compared.
  const pairs: { a: number; b: number; similarity: number }[] = [];
  const sameEvent = new Set<string>();
  for (const { story, index } of candidates) {
    const sharedNames = new Map<number, number>();
    for (const name of new Set(namesOf(story))) {
      const posting = postings.get(name)!;
      if (posting.length > maxPosting) continue;
      for (let at = firstAtOrAfter(posting, times[index]! - window); at < posting.length; at++) {
        const other = posting[at]!;
        if (times[other]! > times[index]! + window) break;
        if (other > index && sources[other] !== sources[index])
          sharedNames.set(other, (sharedNames.get(other) ?? 0) + 1);
      }
    }
    for (const [other, count] of sharedNames) {
      if (count < minSharedNames) continue;
      const similarity = cosine(vectorOf(index), vectorOf(other));
      if (similarity >= minTextSimilarity) {
        pairs.push({ a: index, b: other, similarity });
        sameEvent.add(`${index} ${other}`);
      }
    }
  }
  // Most similar pairs join first; two groups merge only when every pair across them is one event and no source
  // repeats, so a chain of look-alike reports never drags in a story unlike the first.
  pairs.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  const groupOf = new Map<number, number[]>();
  const isPair = (a: number, b: number) => sameEvent.has(a < b ? `${a} ${b}` : `${b} ${a}`);
  for (const { a, b } of pairs) {
    const left = groupOf.get(a) ?? [a];
    const right = groupOf.get(b) ?? [b];
    if (left === right) continue;
    const leftSources = new Set(left.map((i) => sources[i]));
    if (right.some((i) => leftSources.has(sources[i]))) continue;
    if (!left.every((i) => right.every((j) => isPair(i, j)))) continue;
    const merged = [...left, ...right];
    for (const i of merged) groupOf.set(i, merged);
  }
  const groups = new Map<Story, Story[]>();
  for (const members of new Set(groupOf.values())) {
    const lengths = new Map(members.map((i) => [stories[i]!, textOf(stories[i]!).length]));
    const ranked = [...lengths.keys()].sort(
      (x, y) => lengths.get(y)! - lengths.get(x)! || x.date.getTime() - y.date.getTime() || x.url.localeCompare(y.url),
    );
    const [lead, ...others] = ranked;
    groups.set(
      lead!,
      others.sort((x, y) => y.date.getTime() - x.date.getTime() || x.url.localeCompare(y.url)),
    );
  }
  return groups;
}
