// The day in brief of an edition: the one the site model gives it, or a plain stand-in when the model has none.
import type { Edition } from "../render/group-stories.ts";
import type { Story } from "../render/make-story.ts";

/** The day in a few lines: the leading stories, one sentence each, then the sections with their counts. */
export interface DayInBrief {
  leads: { story: Story; sentence: string }[];
  sections: { name: string; count: number }[];
}

/** Lead stories in a day in brief, at most (default: 5). */
const MAX_LEADS = 5;

/**
 * `edition.dayInBrief` when the site model computes it (the edition pages open with it); otherwise the first
 * story of each section, biggest section first, up to five, with the first sentence of its brief.
 */
export function editionDayBrief(edition: Edition): DayInBrief {
  const given = (edition as Edition & { dayInBrief?: DayInBrief }).dayInBrief;
  if (given) return given;
  const leads = edition.sections
    .map((section) => section.stories[0])
    .filter((story): story is Story => story !== undefined && story.summary.length > 0)
    .slice(0, MAX_LEADS)
    .map((story) => ({ story, sentence: story.summary[0]! }));
  return { leads, sections: edition.sections.map((section) => ({ name: section.name, count: section.stories.length })) };
}
