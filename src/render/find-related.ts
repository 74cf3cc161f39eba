// Finds each story's related stories: the most similar by content (keywords, people, places, organisations, tags).
import type { Story } from "./make-story.ts";

/** Related stories shown under an article (default: 4). */
const COUNT = 4;

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
 * least 20 stories) are skipped: they relate everything to everything and cost the most.
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
  const limit = Math.max(20, Math.floor(stories.length * maxShare));
  const related = new Map<string, Story[]>();
  const scores = new Float64Array(stories.length);
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
    const ranked = touched
      .map((other) => ({ other, score: scores[other]! / Math.sqrt(terms[index]!.length * terms[other]!.length) }))
      // Ties go to the newer story, then to the URL, so the order is the same on every machine.
      .sort((a, b) => b.score - a.score || stories[b.other]!.date.getTime() - stories[a.other]!.date.getTime() || stories[a.other]!.url.localeCompare(stories[b.other]!.url))
      .slice(0, COUNT)
      .map(({ other }) => stories[other]!);
    for (const other of touched) scores[other] = 0;
    related.set(story.url, ranked);
  });
  return related;
}
