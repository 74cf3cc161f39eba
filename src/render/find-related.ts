// Finds each story's related stories: the most similar by content (keywords, people, places, organisations, tags).
import type { Story } from "./make-story.ts";

/** Related stories shown under an article (default: 4). */
const COUNT = 4;
/** Terms in more stories than this never relate two stories, however big the site (default: 500, 5% of 10,000). */
const MAX_POSTING = 500;

/** The terms a story is compared by, lower-cased and prefixed by kind so "Georgia" the place is not the person. */
function termsOf(story: Story): string[] {
  return [
    ...story.keywords.map((word) => `k:${word.toLowerCase()}`),
    ...story.people.map((label) => `p:${label.slug}`),
    ...story.places.map((label) => `l:${label.slug}`),
    ...story.organisations.map((label) => `o:${label.slug}`),
    // Sections are too broad to relate stories; the editor's own tags are not.
    ...story.topics.filter((topic) => topic.name !== story.section).map((label) => `t:${label.slug}`),
  ];
}

/**
 * Maps each story's URL to its most similar stories: shared terms weighted by inverse document frequency,
 * normalised by both stories' term counts. Terms in more than `maxShare` of the stories (default: 5%, at
 * least 20 stories and at most MAX_POSTING) are skipped: they relate everything to everything and cost the most.
 */
export function findRelated(stories: Story[], maxShare = 0.05): Map<string, Story[]> {
  const terms = stories.map((story) => [...new Set(termsOf(story))]);
  const postings = new Map<string, number[]>();
  terms.forEach((list, index) => {
    for (const term of list) {
      const posting = postings.get(term);
      if (posting) posting.push(index);
      else postings.set(term, [index]);
    }
  });
  // Capped at MAX_POSTING stories as well: a share alone grows with the site, and with it every story's candidates
  // (at 50,000 stories, 5% is 2,500 and the model took a minute; the cap keeps the work linear in the site's size).
  const limit = Math.max(20, Math.min(MAX_POSTING, Math.floor(stories.length * maxShare)));
  const related = new Map<string, Story[]>();
  const scores = new Float64Array(stories.length);
  const times = stories.map((story) => story.date.getTime());
  // Higher score first; ties go to the newer story, then to the URL, so the order is the same on every machine.
  const compare = (a: { other: number; score: number }, b: { other: number; score: number }): number =>
    b.score - a.score || times[b.other]! - times[a.other]! || stories[a.other]!.url.localeCompare(stories[b.other]!.url);
  stories.forEach((story, index) => {
    const touched: number[] = [];
    for (const term of terms[index]!) {
      const posting = postings.get(term)!;
      if (posting.length < 2 || posting.length > limit) continue;
      const weight = Math.log(stories.length / posting.length);
      for (const other of posting) {
        if (other === index) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = scores[other]! + weight;
      }
    }
    // The best COUNT of the touched stories, kept in order as they come: a story can touch thousands of others,
    // and sorting them all for four made this quadratic (95 s at 10,000 stories, against 1 s this way).
    const best: { other: number; score: number }[] = [];
    for (const other of touched) {
      const candidate = { other, score: scores[other]! / Math.sqrt(terms[index]!.length * terms[other]!.length) };
      if (best.length === COUNT && compare(candidate, best[COUNT - 1]!) >= 0) continue;
      let at = best.length;
      while (at > 0 && compare(candidate, best[at - 1]!) < 0) at--;
      best.splice(at, 0, candidate);
      if (best.length > COUNT) best.pop();
    }
    for (const other of touched) scores[other] = 0;
    related.set(story.url, best.map(({ other }) => stories[other]!));
  });
  return related;
}
