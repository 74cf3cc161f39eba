// Builds the model every page is drawn from: the stories, editions, listings, archive months and related stories.
import type { Digest } from "../types.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { findRelated } from "./find-related.ts";
import { groupEditions, groupListings, groupMonths, type ArchiveMonth, type Edition, type Kind, type ListingEntry, type ListingPage } from "./group-stories.ts";
import { makeStory, type Story } from "./make-story.ts";
import { type Redirect, slugRedirects } from "./slug-redirects.ts";

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
  /** Old addresses of pages that moved (label pages whose slug now transliterates), URL paths within the site. */
  redirects: Redirect[];
}

interface Item {
  inputPath: string;
  url: string;
  date: Date;
  data: Record<string, unknown>;
}

/** Builds the model from the articles (newest first) and their digests. */
export function buildSiteModel(items: Item[], digests: Map<string, Digest>, settings: SiteSettings): SiteModel {
  const stories = items.map((item) => makeStory(item, digests.get(item.inputPath), settings));
  const editions = groupEditions(stories);
  const listing = (kind: Kind, minStories: number) => groupListings(stories, kind, settings.pageSize, minStories, settings.headlinePageSize);
  // Topics and sources are chosen by people: each gets a page. People and places are found by the machine:
  // only those in two stories or more get one, so a single mention does not make a page.
  const listings = {
    topics: listing("topics", 1),
    sources: listing("sources", 1),
    people: listing("people", settings.minStoriesForPage),
    places: listing("places", settings.minStoriesForPage),
  };
  const labelUrls = Object.fromEntries(
    Object.entries(listings).map(([kind, { pages }]) => [kind, new Map(pages.filter((page) => page.page === 1).map((page) => [page.slug, page.url]))]),
  ) as SiteModel["labelUrls"];
  return {
    stories,
    byInputPath: new Map(stories.map((story) => [story.inputPath, story])),
    editions,
    listings,
    labelUrls,
    months: groupMonths(editions),
    related: findRelated(stories),
    redirects: Object.values(listings).flatMap(({ pages }) => slugRedirects(pages)),
  };
}
