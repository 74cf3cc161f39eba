// Finds each story's related stories: those that share enough rare names, words and tags, nearer in time first; none rather than filler.
import type { Story } from "./make-story.ts";
import { storyTerms } from "./story-terms.ts";

/** Options of findRelated. */
export interface RelatedOptions {
  /** Related stories shown under an article at most (default: 4). */
  count?: number;
  /** Terms in more than this share of the stories never relate two stories (default: 0.05, at least 20 stories). */
  maxShare?: number;
  /** Terms in more stories than this never relate two stories, however big the site (default: 500). */
  maxPosting?: number;
  /** The similarity two stories need to be related: a cosine of their weighted terms, closeness counted (default: 0.08). */
  floor?: number;
  /** A related story's content is at least this share as similar as the most similar one's, or it is filler beside it (default: 0.7). */
  relativeFloor?: number;
  /** Whether a story may be shown as related at all (default: any story that is not a draft). */
  eligible?: (story: Story) => boolean;
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
 * similarity reaches `floor`; a story whose candidates all fall below it shows none: filler is worse than nothing.
 * Terms in more than `maxShare` of the stories, or in more than `maxPosting`, are skipped: they relate everything
 * to everything and cost the most, and the cap keeps the work linear in the site's size.
 */
export function findRelated(stories: Story[], options: RelatedOptions = {}): Map<string, Story[]> {
  const { count = 4, maxShare = 0.05, maxPosting = 500, floor = 0.08, relativeFloor = 0.7 } = options;
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
      const cosine = dot[other]! / (norms[index]! * norms[other]!);
      const score = cosine * (1 + CLOSENESS_BONUS * 2 ** (-days / CLOSENESS_HALF_LIFE_DAYS));
      if (score < floor || options.sameEvent?.(story, stories[other]!)) continue;
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
