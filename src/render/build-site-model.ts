// Builds the model every page is drawn from: the stories, editions, listings, archive months and related stories.
import type { Digest } from "../types.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { findRelated } from "./find-related.ts";
import { groupSameEvent } from "./group-same-event.ts";
import { groupEditions, groupListings, groupMonths, type ArchiveMonth, type Edition, type Kind, type ListingEntry, type ListingPage } from "./group-stories.ts";
import { makeStory, type Label, type Story } from "./make-story.ts";

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
}

interface Item {
  inputPath: string;
  url: string;
  date: Date;
  data: Record<string, unknown>;
  /** The article's Markdown body, compared to tell reports of one event from stories that only share names. */
  rawInput?: string;
}

/** A copy of a group's lead filed under every label of `kind` that any report in the group carries. */
function withGroupLabels(lead: Story, others: Story[], kind: "topics" | "people" | "places"): Story {
  if (!others.length) return lead;
  const labels = new Map<string, Label>();
  for (const story of [lead, ...others]) for (const label of story[kind]) if (!labels.has(label.slug)) labels.set(label.slug, label);
  return { ...lead, [kind]: [...labels.values()] };
}

/** Builds the model from the articles (newest first) and their digests. */
export function buildSiteModel(items: Item[], digests: Map<string, Digest>, settings: SiteSettings): SiteModel {
  const stories = items.map((item) => makeStory(item, digests.get(item.inputPath), settings));
  const bodies = new Map(items.map((item) => [item.inputPath, item.rawInput ?? ""]));
  const groups = groupSameEvent(stories, (story) => bodies.get(story.inputPath) ?? "");
  // One event is one entry: its lead, with a link to each other source's report; every report keeps its own page.
  const followers = new Set<Story>();
  for (const [lead, others] of groups) {
    lead.alsoReportedBy = others.map((story) => ({ source: story.source?.name ?? "", title: story.title, url: story.url }));
    for (const story of others) followers.add(story);
  }
  const leads = stories.filter((story) => !followers.has(story));
  const editions = groupEditions(leads);
  // A source's page lists its own reports; the other listings list an event once, under any label of its reports.
  const listing = (kind: Kind, minStories: number) => {
    const listed = kind === "sources" ? stories : leads.map((lead) => withGroupLabels(lead, groups.get(lead) ?? [], kind));
    return groupListings(listed, kind, settings.pageSize, minStories, settings.headlinePageSize);
  };
  const groupOf = new Map<Story, Story>();
  for (const [lead, others] of groups) for (const story of [lead, ...others]) groupOf.set(story, lead);
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
    related: findRelated(stories, {
      // An event is related once, through its lead, and never to another report of itself.
      eligible: (story) => !story.draft && !followers.has(story),
      textOf: (story) => bodies.get(story.inputPath) ?? "",
      sameEvent: (a, b) => groupOf.has(a) && groupOf.get(a) === groupOf.get(b),
    }),
  };
}
