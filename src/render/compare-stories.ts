// Compares each story with the others that share its rare terms and words: its best candidates for related stories,
// for any run of the stories, so that two threads can each take a part (the heaviest step of related stories).
import { makePostings, type Postings } from "./postings.ts";
import { textBackground } from "./text-background.ts";
import type { TextVector } from "./text-vectors.ts";

/** Days over which closeness in time fades by half (default: 30). */
const CLOSENESS_HALF_LIFE_DAYS = 30;
/** What closeness in time adds to the order at most, as a share of the similarity: it breaks near ties, it never admits a story (default: 0.1). */
const CLOSENESS_BONUS = 0.1;
const DAY_MS = 86_400_000;
/** Names, words or phrases (not places) two related stories share at least: one shared term is a coincidence (default: 2). */
const MIN_SHARED = 2;

/** A story's terms: their ids, their weights (the vector scaled to length 1) and which are its places. */
export interface TermVector {
  ids: number[];
  weights: number[];
  place: boolean[];
}

/** What comparing the stories reads: plain data only, so that a worker thread can be sent it. */
export interface Comparison {
  terms: TermVector[];
  /** Term ids are below this. */
  termCount: number;
  /** The texts' vectors, one a story (none: terms alone). */
  texts?: TextVector[];
  /** Whether each story may be shown as related. */
  eligible: boolean[];
  /** Each story's time, in ms. */
  times: number[];
  urls: string[];
  /** Each story's event: two stories of one event (already shown together) share a number; -1 for none. */
  events: number[];
  /** Candidates kept per story before the mutual check (twice the related stories shown). */
  kept: number;
  floor: number;
  minTextSimilarity: number;
  minStandout: number;
  textShare: number;
  mutualRank: number;
}

export interface Candidate {
  other: number;
  /** Similarity of content alone. */
  similarity: number;
  /** Similarity of the texts (0 without them). */
  text: number;
  /** Similarity with closeness in time counted: the order shown. */
  score: number;
}

/** For each story of a run: its best candidates, best first, and its `mutualRank`-th highest text similarity. */
export interface Compared {
  candidates: Candidate[][];
  near: number[];
}

/**
 * Compares the stories `from` to `to` (not included) of `comparison` with every other story that shares a term or a
 * word with them, through lists of the stories holding each: keeps the best `kept` candidates of each, by score
 * (ties: the newer, then by URL), and how close its closest few texts are. Any run gives the same candidates for its
 * stories as the whole.
 */
export function compareStories(comparison: Comparison, from: number, to: number): Compared {
  const { terms, texts, eligible, times, urls, events, kept, mutualRank } = comparison;
  const { floor, minTextSimilarity, minStandout, textShare } = comparison;
  const count = terms.length;
  // Each thread makes the lists of the whole site for itself: 0.13-0.22 s of the 1.1-1.2 s comparing 10,000 stories
  // took in one thread.
  const termPostings = makePostings(terms, comparison.termCount, (index) => eligible[index]!);
  const background = texts ? textBackground(texts, eligible) : undefined;
  const textPostings = texts
    ? makePostings(
        texts,
        texts.reduce((size, { ids }) => Math.max(size, (ids[ids.length - 1] ?? -1) + 1), 0),
        (index) => eligible[index]!,
      )
    : undefined;
  const termDot = new Float64Array(count);
  const textDot = new Float64Array(count);
  const shared = new Uint16Array(count);
  const seen = new Uint8Array(count);
  // Higher score first; ties go to the newer story, then to the URL, so the order is the same on every machine.
  const compare = (a: Candidate, b: Candidate): number =>
    b.score - a.score || times[b.other]! - times[a.other]! || urls[a.other]!.localeCompare(urls[b.other]!);
  const compared: Compared = { candidates: [], near: [] };
  const top = new Float64Array(mutualRank);
  for (let index = from; index < to; index++) {
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

    let near = 0;
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
      near = top[mutualRank - 1]!;
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
      if (similarity < floor || (events[index]! >= 0 && events[index] === events[other])) continue;
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
    compared.candidates.push(best);
    compared.near.push(near);
  }
  return compared;
}
