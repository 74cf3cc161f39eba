// Finds each story's related stories: those that share enough rare names, words and tags, nearer in time first; none rather than filler.
import type { Story } from "../model/make-story.ts";
import { storyTerms } from "./story-terms.ts";
import { textCosine, textVectors } from "./text-vectors.ts";

/** Options of findRelated. */
export interface RelatedOptions {
  /** Related stories shown under an article at most (default: 4). */
  count?: number;
  /** Terms in more than this share of the stories never relate two stories (default: 0.05, at least 20 stories). */
  maxShare?: number;
  /** Terms in more stories than this never relate two stories, however big the site (default: 500). */
  maxPosting?: number;
  /** The similarity two stories need to be related: a cosine of their weighted terms, closeness counted (default: 0.05). */
  floor?: number;
  /** A related story's content is at least this share as similar as the most similar one's, or it is filler beside it (default: 0.7). */
  relativeFloor?: number;
  /** Whether a story may be shown as related at all (default: any story that is not a draft). */
  eligible?: (story: Story) => boolean;
  /** A story's text (its Markdown body), compared word by word once the terms agree (default: none, terms alone). */
  textOf?: (story: Story) => string;
  /** The similarity of the two texts' words, weighted by rarity, that related stories need (default: 0.12). */
  minTextSimilarity?: number;
  /** Whether two stories are one event from two sources, already shown together (default: never). */
  sameEvent?: (a: Story, b: Story) => boolean;
}

/** Days over which closeness in time fades by half (default: 30). */
const CLOSENESS_HALF_LIFE_DAYS = 30;
/** What closeness in time adds to the similarity at most, as a share of it (default: 0.5, on the same day). */
const CLOSENESS_BONUS = 0.5;
const DAY_MS = 86_400_000;
/** Names and words (not places) two related stories share at least: one shared term is a coincidence (default: 2). */
const MIN_SHARED = 2;

interface Candidate {
  other: number;
  /** Similarity of content alone. */
  cosine: number;
  /** Similarity with closeness in time counted: the order shown. */
  score: number;
}

/**
 * Maps each story's URL to its related stories, best first. Stories are compared by their terms (people,
 * organisations, keywords, headline words, the editor's tags, places), each weighted by its kind and its rarity
 * (inverse document frequency); similarity is the cosine of the two weighted term sets, raised by up to half for
 * stories close in time. A story is related only when the two share at least two names or words (places do not count), and the
 * similarity reaches `floor`; with `textOf`, the two texts' words, weighted by rarity, must also reach
 * `minTextSimilarity`, and rank the stories with the terms. A story whose candidates all fall short shows none:
 * filler is worse than nothing.
 * Terms in more than `maxShare` of the stories, or in more than `maxPosting`, are skipped: they relate everything
 * to everything and cost the most, and the cap keeps the work linear in the site's size.
 */
export function findRelated(stories: Story[], options: RelatedOptions = {}): Map<string, Story[]> {
  const { count = 4, maxShare = 0.05, maxPosting = 500, floor = 0.05, relativeFloor = 0.7, minTextSimilarity = 0.12 } = options;
  const texts = options.textOf ? textVectors(stories.map((story) => `${story.title}\n${options.textOf!(story)}`)) : undefined;
  const eligible = stories.map(options.eligible ?? ((story: Story) => !story.draft));
  const terms = stories.map(storyTerms);
  const postings = new Map<string, number[]>();
  terms.forEach((list, index) => {
    if (!eligible[index]) return;
    for (const { term } of list) {
      const posting = postings.get(term);
      if (posting) posting.push(index);
      else postings.set(term, [index]);
    }
  });
  const total = Math.max(2, stories.length);
  const limit = Math.max(20, Math.min(maxPosting, Math.floor(stories.length * maxShare)));
  const idf = (df: number) => Math.log(total / df);
  // Each story's length as a vector of its usable terms' weights: shared weight is measured against both lengths.
  const norms = terms.map((list) => {
    let sum = 0;
    for (const { term, weight } of list) {
      const df = postings.get(term)?.length ?? 1;
      if (df <= limit) sum += (weight * idf(df)) ** 2;
    }
    return Math.sqrt(sum) || 1;
  });
  const related = new Map<string, Story[]>();
  const dot = new Float64Array(stories.length);
  const shared = new Uint16Array(stories.length);
  const about = new Uint16Array(stories.length);
  const times = stories.map((story) => story.date.getTime());
  // Higher score first; ties go to the newer story, then to the URL, so the order is the same on every machine.
  const compare = (a: Candidate, b: Candidate): number =>
    b.score - a.score || times[b.other]! - times[a.other]! || stories[a.other]!.url.localeCompare(stories[b.other]!.url);
  stories.forEach((story, index) => {
    const touched: number[] = [];
    for (const { term, weight, kind } of terms[index]!) {
      const posting = postings.get(term);
      if (!posting || posting.length > limit) continue;
      const product = (weight * idf(posting.length)) ** 2;
      for (const other of posting) {
        if (other === index) continue;
        if (shared[other] === 0) touched.push(other);
        dot[other] = dot[other]! + product;
        shared[other] = shared[other]! + 1;
        if (kind !== "place") about[other] = about[other]! + 1;
      }
    }
    // The best `count` of the touched stories, kept in order as they come: sorting thousands for four is quadratic.
    const best: Candidate[] = [];
    for (const other of touched) {
      if (about[other]! < MIN_SHARED) continue;
      const days = Math.abs(times[index]! - times[other]!) / DAY_MS;
      const termCosine = dot[other]! / (norms[index]! * norms[other]!);
      const closeness = 1 + CLOSENESS_BONUS * 2 ** (-days / CLOSENESS_HALF_LIFE_DAYS);
      if (termCosine * closeness < floor || options.sameEvent?.(story, stories[other]!)) continue;
      // Terms can agree by chance (a court, a fire, a prime minister); the words of the two texts then do not.
      const text = texts ? textCosine(texts[index]!, texts[other]!) : undefined;
      if (text !== undefined && text < minTextSimilarity) continue;
      const cosine = text === undefined ? termCosine : (termCosine + text) / 2;
      const score = cosine * closeness;
      const candidate = { other, cosine, score };
      if (best.length === count && compare(candidate, best[count - 1]!) >= 0) continue;
      let at = best.length;
      while (at > 0 && compare(candidate, best[at - 1]!) < 0) at--;
      best.splice(at, 0, candidate);
      if (best.length > count) best.pop();
    }
    for (const other of touched) {
      dot[other] = 0;
      shared[other] = 0;
      about[other] = 0;
    }
    const strongest = Math.max(0, ...best.map(({ cosine }) => cosine));
    const kept = best.filter(({ cosine }) => cosine >= strongest * relativeFloor);
    related.set(story.url, kept.map(({ other }) => stories[other]!));
  });
  return related;
}
