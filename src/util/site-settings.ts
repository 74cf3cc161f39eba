// The site's settings, read from content/_data/site.json by every stage.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The settings an editor sets in content/_data/site.json. */
export interface SiteSettings {
  /** The digest's name (default: "Broadsheet"). */
  title: string;
  /** One line under the name (default: ""). */
  description: string;
  /** The public address, without the path prefix, for canonical URLs and feeds (default: "http://localhost:8080"). */
  url: string;
  /** IANA time zone in which days are cut into editions (default: "UTC"). */
  timezone: string;
  /** BCP 47 locale for dates (default: "en-GB"). */
  locale: string;
  /** Language of the site (default: "en"). */
  language: string;
  /** Sentences in a generated summary (default: 3). */
  summarySentences: number;
  /** Stories shown in brief on the first page of a topic, person, place or source (default: 20). */
  pageSize: number;
  /**
   * Older stories a page, listed as headlines, on the pages after the first of a topic, person, place or source
   * (default: 200). Kept large so that a name in hundreds of stories has a few pages rather than dozens.
   */
  headlinePageSize: number;
  /** Stories a topic, person or place needs to get a page of its own (default: 2). */
  minStoriesForPage: number;
  /**
   * Stories in one shard of the search index at most (default: 1000). The index is cut by month into shards the
   * search page merges; a smaller shard takes less memory and time to build (two at once fit the memory budget, and
   * a new story re-indexes only the newest), more shards make a query download more.
   */
  searchShardStories: number;
  /**
   * Memory the search index's Pagefind processes may take together, in MB (default: 1200). Shards are built two at
   * a time when their estimated memory fits in it, else one at a time; a shard's memory grows with its stories.
   */
  searchIndexMemoryMb: number;
  /**
   * Stories a search looks through first, newest first (default: 3000, three or four shards): the shards older than these
   * are fetched only when the reader asks for older stories, sets a filter, sorts oldest first, or the newest give few
   * results. Each shard a query looks through adds its part of the index to what the query downloads.
   */
  searchFirstStories: number;
  /**
   * Story pages drawn in one Eleventy run at most (default: 1500). A production build with more draws the other pages
   * in a run of their own and the stories' pages in slices of this size, one run each: Eleventy keeps every page a
   * run draws until it ends, so a smaller slice takes less memory and adds a run's start-up time.
   */
  renderSliceStories: number;
  /** A line shown under every story from a source, by source name, e.g. how its text was edited (default: none). */
  sourceNotes: Record<string, string>;
  /** Markdown shown on the credits page: licences and thanks (default: ""). */
  credits: string;
  /** The sender and headers of `broadsheet newsletter` (default: none set). */
  newsletter: NewsletterSettings;
}

/** The newsletter's sender and headers, under "newsletter" in site.json. */
export interface NewsletterSettings {
  /** The From address, like "Digest <news@example.org>" (default: none; `broadsheet newsletter` asks for it). */
  from?: string;
  /** Where replies go (default: none, so replies go to the From address). */
  replyTo?: string;
  /** An address or http(s) URL to unsubscribe with: the List-Unsubscribe header and a link at the foot (default: none). */
  listUnsubscribe?: string;
}

const defaults: SiteSettings = {
  title: "Broadsheet",
  description: "",
  url: "http://localhost:8080",
  timezone: "UTC",
  locale: "en-GB",
  language: "en",
  summarySentences: 3,
  pageSize: 20,
  headlinePageSize: 200,
  minStoriesForPage: 2,
  searchShardStories: 1000,
  searchIndexMemoryMb: 1200,
  searchFirstStories: 3000,
  renderSliceStories: 1500,
  sourceNotes: {},
  credits: "",
  newsletter: {},
};

/** Reads `<contentDir>/_data/site.json`, filling in the defaults; a missing file gives the defaults. */
export function readSiteSettings(contentDir = "content"): SiteSettings {
  const path = join(contentDir, "_data", "site.json");
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return { ...defaults };
  }
  // A broken settings file must stop the run: every page depends on it.
  const parsed = JSON.parse(text) as Partial<SiteSettings>;
  return { ...defaults, ...parsed };
}
