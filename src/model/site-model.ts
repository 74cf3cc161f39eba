// The site's model, as the render stage builds it and the pages and the newsletter read it: editions, listings, archive months.
import type { Story } from "./make-story.ts";

/** The kinds of label that have listing pages. */
export type Kind = "topics" | "people" | "places" | "sources";

/** One day's edition: its stories grouped by section, and the days before and after that have stories. */
export interface Edition {
  day: string;
  url: string;
  sections: { name: string; stories: Story[] }[];
  count: number;
  /** The day in a few lines: its most important stories, one sentence each, and its sections with their counts. */
  dayInBrief: DayInBrief;
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
  /** The page's stories: in brief on the first page, as headlines on the pages after it. */
  stories: Story[];
  /** The place of the page's first and last story in the listing, from 1 ("21" and "220" on the second page). */
  first: number;
  last: number;
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

/** What opens an edition page (and the front page, and the newsletter). */
export interface DayInBrief {
  /** The day's most important stories, most important first, each with the one sentence that carries it. */
  leads: { story: Story; sentence: string }[];
  /** The edition's sections in the edition's order, with how many stories each holds. */
  sections: { name: string; count: number }[];
}

/** A page that moved: its old path within the site, and the path of the page that replaces it. */
export interface Redirect {
  from: string;
  to: string;
}

/** What the site's pages are drawn from. */
export interface SiteModel {
  /** Every published story, newest first. */
  stories: Story[];
  byInputPath: Map<string, Story>;
  editions: Edition[];
  listings: Record<Kind, { pages: ListingPage[]; index: ListingEntry[] }>;
  /** The URLs of labels that have a page, by kind and slug. */
  labelUrls: Record<Kind, Map<string, string>>;
  months: ArchiveMonth[];
  related: Map<string, Story[]>;
  /**
   * Old addresses of pages that moved (a topic merged into another, a surname into the full name), each drawn as a
   * small page that leads to the new one. Add an entry here when a change moves a page; entries whose old address
   * is still a page are left out.
   */
  redirects: Redirect[];
}
