// Groups stories into the site's pages: daily editions, topic/people/place/source listings, archive months.
import { DateTime } from "luxon";
import { dayInBrief } from "./day-in-brief.ts";
import type { ArchiveMonth, Edition, Kind, ListingEntry, ListingPage } from "../model/site-model.ts";
import { toLabel, type Label, type Story } from "../model/make-story.ts";

/** The heading of each kind of listing, and the singular for "Stories about …" lines. */
export const KINDS: Record<Kind, { title: string; one: string }> = {
  topics: { title: "Topics", one: "topic" },
  people: { title: "People", one: "person" },
  places: { title: "Places", one: "place" },
  sources: { title: "Sources", one: "source" },
};

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
      dayInBrief: dayInBrief(sections),
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

/** Older stories a listing page shows as headlines, after the first page of briefs (default: 200). */
export const HEADLINE_PAGE_SIZE = 200;

/**
 * Listing pages of one kind for every label with at least `minStories` stories (a person named once gets no page of
 * their own: every page Eleventy renders costs). The first page shows the newest `pageSize` stories in brief; the
 * pages after it list the older ones as headlines, `headlinePageSize` a page, as the archive does. Listings, not
 * labels, made most of the pages of a large site, nearly all of them deep pages of the few names in hundreds of
 * stories, which a reader scans by headline and date.
 */
export function groupListings(
  stories: Story[],
  kind: Kind,
  pageSize: number,
  minStories: number,
  headlinePageSize = HEADLINE_PAGE_SIZE,
): { pages: ListingPage[]; index: ListingEntry[] } {
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
  // A size below one in site.json would make endless pages.
  const [briefs, headlines] = [pageSize, headlinePageSize].map((size) => Math.max(1, Math.floor(size) || 1)) as [
    number,
    number,
  ];
  for (const [slug, { name, stories: labelled }] of byLabel) {
    if (labelled.length < minStories) continue;
    const base = `/${kind}/${slug}/`;
    const count = 1 + Math.max(0, Math.ceil((labelled.length - briefs) / headlines));
    const urlOf = (page: number) => (page === 1 ? base : `${base}${page}/`);
    for (let page = 1; page <= count; page++) {
      const start = page === 1 ? 0 : briefs + (page - 2) * headlines;
      const end = Math.min(labelled.length, page === 1 ? briefs : start + headlines);
      pages.push({
        kind,
        name,
        slug,
        url: urlOf(page),
        page,
        pages: count,
        total: labelled.length,
        stories: labelled.slice(start, end),
        first: start + 1,
        last: end,
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
    entry.days.push({
      day: edition.day,
      url: edition.url,
      stories: edition.sections.flatMap((section) => section.stories),
    });
    entry.count += edition.count;
    byMonth.set(month, entry);
  }
  return [...byMonth.values()];
}

/** "September 2025" for "2025-09", in the site's locale. */
export function monthLabel(month: string, locale: string): string {
  return DateTime.fromFormat(month, "yyyy-MM", { locale }).toFormat("LLLL yyyy");
}
