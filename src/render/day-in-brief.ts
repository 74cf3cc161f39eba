// The day in brief: an edition's most important stories, one sentence each, then its sections with their counts.
import type { Story } from "../model/make-story.ts";
import type { DayInBrief } from "../model/site-model.ts";
import { splitSentences } from "../summarise/sentences/split-sentences.ts";

/** Options of the day in brief. */
export interface DayInBriefOptions {
  /** Fewest leads when the day has that many stories (default: 3). */
  minLeads?: number;
  /** Most leads (default: 5). */
  maxLeads?: number;
  /** Stories whose names count as shared when a day's story names them too (default: the day's stories). */
  context?: Story[];
}

/**
 * How much a section weighs in a story's prominence: hard news leads a front page, as editors order one; a section
 * not listed (a new one, "News") weighs 1.
 */
const SECTION_WEIGHT: Record<string, number> = {
  World: 1.2,
  Politics: 1.2,
  "Disasters and accidents": 1.2,
  Business: 1,
  "Crime and justice": 1,
  Health: 1,
  Environment: 1,
  Science: 0.9,
  Technology: 0.9,
  Sport: 0.8,
  Culture: 0.8,
};

/** How many other sources reported the story's event. */
const otherSources = (story: Story): number => story.alsoReportedBy.length;

const namesOf = (story: Story): string[] =>
  [...story.people, ...story.places, ...story.organisations].map((label) => label.slug);

/** How many other stories name each name, counted once per story. */
function countNames(stories: Story[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const story of stories)
    for (const name of new Set(namesOf(story))) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/**
 * A story's prominence: longer stories, stories that several sources report, and stories whose people, places and
 * organisations other stories name too are the day's news; the section tips the balance. Each part is dampened
 * (logarithm, square root) so that no single one outweighs the rest.
 */
export function prominence(story: Story, nameCounts: Map<string, number>): number {
  const length = Math.log2(1 + (story.words ?? 0) || (story.readingMinutes * 230) / 100);
  const sources = 1.5 * Math.sqrt(otherSources(story));
  const shared = Math.sqrt(namesOf(story).reduce((sum, name) => sum + Math.max(0, (nameCounts.get(name) ?? 1) - 1), 0));
  return (length + sources + 0.75 * shared) * (SECTION_WEIGHT[story.section] ?? 1);
}

/**
 * The sentence that carries a story: its brief's first sentence, else its headline. A written summary may hold
 * several sentences in one string: the summariser's own splitter finds the first, so that "10 a.m. Tongan time" or
 * "John R. Bolton" is not cut where a capital follows a dot.
 */
export function leadSentence(story: Story): string {
  const first = story.summary[0]?.trim();
  return first ? (splitSentences(first)[0] ?? first) : story.title;
}

/**
 * The day in brief of one edition: between `minLeads` and `maxLeads` stories (about a third of the day, never more
 * than it has), by prominence, no more than two from one section while others are left, and the sections.
 */
export function dayInBrief(
  sections: { name: string; stories: Story[] }[],
  options: DayInBriefOptions = {},
): DayInBrief {
  const minLeads = options.minLeads ?? 3;
  const maxLeads = options.maxLeads ?? 5;
  const stories = sections.flatMap((section) => section.stories);
  const nameCounts = countNames(options.context ?? stories);
  const wanted = Math.min(stories.length, Math.max(minLeads, Math.min(maxLeads, Math.ceil(stories.length / 3))));
  // Ties go to the earlier story of the edition (newest first), so the same day always reads the same.
  const ranked = stories
    .map((story, order) => ({ story, order, score: prominence(story, nameCounts) }))
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const chosen: typeof ranked = [];
  const perSection = new Map<string, number>();
  for (const candidate of ranked) {
    if (chosen.length === wanted) break;
    if ((perSection.get(candidate.story.section) ?? 0) >= 2) continue;
    chosen.push(candidate);
    perSection.set(candidate.story.section, (perSection.get(candidate.story.section) ?? 0) + 1);
  }
  // A day of one or two sections fills its leads from them after all.
  for (const candidate of ranked) {
    if (chosen.length === wanted) break;
    if (!chosen.includes(candidate)) chosen.push(candidate);
  }
  chosen.sort((a, b) => b.score - a.score || a.order - b.order);
  return {
    leads: chosen.map(({ story }) => ({ story, sentence: leadSentence(story) })),
    sections: sections.map((section) => ({ name: section.name, count: section.stories.length })),
  };
}
