// Groups stories into the site's pages: daily editions, topic/people/place/source listings, archive months.
import { DateTime } from "luxon";
import { toLabel, type Label, type Story } from "./make-story.ts";

export type Kind = "topics" | "people" | "places" | "sources";

/** The heading of each kind of listing, and the singular for "Stories about …" lines. */
export const KINDS: Record<Kind, { title: string; one: string }> = {
  topics: { title: "Topics", one: "topic" },
  people: { title: "People", one: "person" },
  places: { title: "Places", one: "place" },
  sources: { title: "Sources", one: "source" },
};

/** One day's edition: its stories grouped by section, and the days before and after that have stories. */
export interface Edition {
  day: string;
  url: string;
  sections: { name: string; stories: Story[] }[];
  count: number;
  previous?: { day: string; url: string };
  next?: { day: string; url: string };
}

/** One page of a listing (a topic, a person, a place or a source), newest first. */
export interface ListingPage {
  kind: Kind;
  name: string;
  slug: string;
  url: string;
  page: number;
  pages: number;
  total: number;
  stories: Story[];
  previous?: string;
  next?: string;
}

/** One line of a kind's index page. */
export interface ListingEntry {
  name: string;
  url: string;
  count: number;
  latest: string;
}

/** A month of the archive: its days, each with its stories. */
export interface ArchiveMonth {
  month: string;
  url: string;
  days: { day: string; url: string; stories: Story[] }[];
  count: number;
}

export const dayUrl = (day: string): string => `/${day.replace(/-/g, "/")}/`;

/** Editions, newest first. Stories must come newest first. */
export function groupEditions(stories: Story[]): Edition[] {
  const byDay = new Map<string, Story[]>();
  for (const story of stories) byDay.set(story.day, [...(byDay.get(story.day) ?? []), story]);
  const days = [...byDay.keys()].sort().reverse();
  return days.map((day, index) => {
    const dayStories = byDay.get(day)!;
    const bySection = new Map<string, Story[]>();
    for (const story of dayStories) bySection.set(story.section, [...(bySection.get(story.section) ?? []), story]);
    // The biggest section leads, as on a front page; equal sections in alphabetical order for stable output.
    const sections = [...bySection.entries()]
      .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
      .map(([name, sectionStories]) => ({ name, stories: sectionStories }));
    const older = days[index + 1];
    const newer = days[index - 1];
    return {
      day,
      url: dayUrl(day),
      sections,
      count: dayStories.length,
      ...(older ? { previous: { day: older, url: dayUrl(older) } } : {}),
      ...(newer ? { next: { day: newer, url: dayUrl(newer) } } : {}),
    };
  });
}

/** The labels of one kind on a story. */
export function labelsOf(story: Story, kind: Kind): Label[] {
  if (kind === "sources") return story.source?.name ? [toLabel(story.source.name)] : [];
  return story[kind];
}

/**
 * Listing pages of one kind, `pageSize` stories a page, for every label with at least `minStories`
 * stories (a person named once gets no page of their own: every page Eleventy renders costs).
 */
export function groupListings(stories: Story[], kind: Kind, pageSize: number, minStories: number): { pages: ListingPage[]; index: ListingEntry[] } {
  const byLabel = new Map<string, { name: string; stories: Story[] }>();
  for (const story of stories) {
    for (const label of labelsOf(story, kind)) {
      const entry = byLabel.get(label.slug) ?? { name: label.name, stories: [] };
      entry.stories.push(story);
      byLabel.set(label.slug, entry);
    }
  }
  const pages: ListingPage[] = [];
  const index: ListingEntry[] = [];
  for (const [slug, { name, stories: labelled }] of byLabel) {
    if (labelled.length < minStories) continue;
    const base = `/${kind}/${slug}/`;
    const count = Math.ceil(labelled.length / pageSize);
    const urlOf = (page: number) => (page === 1 ? base : `${base}${page}/`);
    for (let page = 1; page <= count; page++) {
      pages.push({
        kind, name, slug, url: urlOf(page), page, pages: count, total: labelled.length,
        stories: labelled.slice((page - 1) * pageSize, page * pageSize),
        ...(page > 1 ? { previous: urlOf(page - 1) } : {}),
        ...(page < count ? { next: urlOf(page + 1) } : {}),
      });
    }
    index.push({ name, url: base, count: labelled.length, latest: labelled[0]!.day });
  }
  index.sort((a, b) => a.name.localeCompare(b.name));
  return { pages, index };
}

/** Archive months, newest first, each with its days newest first. */
export function groupMonths(editions: Edition[]): ArchiveMonth[] {
  const byMonth = new Map<string, ArchiveMonth>();
  for (const edition of editions) {
    const month = edition.day.slice(0, 7);
    const entry = byMonth.get(month) ?? { month, url: `/archive/${month.replace("-", "/")}/`, days: [], count: 0 };
    entry.days.push({ day: edition.day, url: edition.url, stories: edition.sections.flatMap((section) => section.stories) });
    entry.count += edition.count;
    byMonth.set(month, entry);
  }
  return [...byMonth.values()];
}

/** "September 2025" for "2025-09", in the site's locale. */
export function monthLabel(month: string, locale: string): string {
  return DateTime.fromFormat(month, "yyyy-MM", { locale }).toFormat("LLLL yyyy");
}
