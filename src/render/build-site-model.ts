// Builds the model every page is drawn from: the stories, editions, listings, archive months and related stories.
import type { Digest } from "../model/types.ts";
import { type KeptBetweenBuilds, keptOrMade } from "../util/kept-between-builds.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { collectRedirects, type MovedLabel } from "./collect-redirects.ts";
import { findRelated, findRelatedOnceMade, relatedVectorsInWorker } from "./find-related.ts";
import { groupSameEvent } from "./group-same-event.ts";
import { groupEditions, groupListings, groupMonths } from "./group-stories.ts";
import type { Kind, Redirect, SiteModel } from "../model/site-model.ts";
import { makeStory, toLabel, type Label, type Story } from "../model/make-story.ts";
import { mergeSiteNames } from "./merge-site-names.ts";
import { assignTopics } from "./topics/assign-topics.ts";
import { findTextTopics } from "./topics/find-text-topics.ts";
import { BUILT_IN_TOPICS, makeVocabulary, type TopicVocabulary } from "./topics/read-topic-vocabulary.ts";
import { slugRedirects } from "./slug-redirects.ts";

interface Item {
  inputPath: string;
  url: string;
  date: Date;
  data: Record<string, unknown>;
  /** The article's Markdown body, for the topics its words call for (default: none). */
  rawInput?: string;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/** Labels renamed through `names`, each once, in their first order. */
function rename(labels: Label[], names: Map<string, string>): Label[] {
  const seen = new Set<string>();
  return labels
    .map((label) => (names.has(label.name) ? toLabel(names.get(label.name)!) : label))
    .filter((label) => !seen.has(label.slug) && seen.add(label.slug));
}

/** A copy of a group's lead filed under every label of `kind` that any report in the group carries. */
function withGroupLabels(lead: Story, others: Story[], kind: "topics" | "people" | "places"): Story {
  if (!others.length) return lead;
  const labels = new Map<string, Label>();
  for (const story of [lead, ...others])
    for (const label of story[kind]) if (!labels.has(label.slug)) labels.set(label.slug, label);
  return { ...lead, [kind]: [...labels.values()] };
}

/**
 * Builds the model from the articles (newest first) and their digests. With `kept` (the dev server's, across its
 * rebuilds), each story's own work (its story; its terms and words for related stories and for reports of one
 * event) is made again only when what it is made from changed: another item or digest object, another headline,
 * text or labels. The model is the same with or without it. Without it, the texts' vectors for related stories are
 * made in a worker thread meanwhile (text-vectors-in-worker.ts), so the model is asynchronous.
 */
export async function buildSiteModel(
  items: Item[],
  digests: Map<string, Digest>,
  settings: SiteSettings,
  vocabulary: TopicVocabulary = makeVocabulary(BUILT_IN_TOPICS).vocabulary,
  kept?: KeptBetweenBuilds,
): Promise<SiteModel> {
  const made = items.map((item) => {
    const digest = digests.get(item.inputPath);
    return keptOrMade(
      kept,
      `story:${item.inputPath}`,
      () => [item, digest, settings],
      () => makeStory(item, digest, settings),
    );
  });
  // Across the site, after the per-story cache: one name for a person or place, and topics from one vocabulary.
  const names = mergeSiteNames(
    made.map((story) => ({ people: story.people.map((l) => l.name), places: story.places.map((l) => l.name) })),
  );
  const assigned = assignTopics(
    made.map((story, index) => ({
      tags: strings(items[index]!.data["tags"]),
      section: story.section,
      textTopics: findTextTopics(story.title, items[index]!.rawInput ?? "", vocabulary),
      ...(story.byline ? { byline: story.byline } : {}),
      ...(story.source?.name ? { source: story.source.name } : {}),
      people: story.people.map((label) => names.people.get(label.name) ?? label.name),
      places: story.places.map((label) => names.places.get(label.name) ?? label.name),
      text: items[index]!.rawInput ?? "",
    })),
    vocabulary,
  );
  const stories = made.map((story, index) => ({
    ...story,
    topics: assigned.topics[index]!.map(toLabel),
    people: rename(story.people, names.people),
    places: rename(story.places, names.places),
  }));
  const bodies = new Map(items.map((item) => [item.inputPath, item.rawInput ?? ""]));
  const textOf = (story: Story) => bodies.get(story.inputPath) ?? "";
  const texts = { textOf, openingOf: (story: Story) => digests.get(story.inputPath)?.openingWords };
  // The texts' vectors for related stories are made in another thread while this one groups the stories (a build
  // of its own: the dev server keeps each story's words in this thread, and makes the vectors from them here).
  const madeVectors = kept ? undefined : relatedVectorsInWorker(stories, texts);
  const groups = groupSameEvent(stories, textOf, {
    kept,
    countedWordsOf: (story) => digests.get(story.inputPath)?.eventWords,
  });
  // One event is one entry: its lead, with a link to each other source's report; every report keeps its own page.
  const followers = new Set<Story>();
  for (const [lead, others] of groups) {
    lead.alsoReportedBy = others.map((story) => ({
      source: story.source?.name ?? "",
      title: story.title,
      url: story.url,
    }));
    for (const story of others) followers.add(story);
  }
  const leads = stories.filter((story) => !followers.has(story));
  const editions = groupEditions(leads);
  // A source's page lists its own reports; the other listings list an event once, under any label of its reports.
  const listing = (kind: Kind, minStories: number) => {
    const listed =
      kind === "sources" ? stories : leads.map((lead) => withGroupLabels(lead, groups.get(lead) ?? [], kind));
    return groupListings(listed, kind, settings.pageSize, minStories, settings.headlinePageSize);
  };
  const groupOf = new Map<Story, Story>();
  for (const [lead, others] of groups) for (const story of [lead, ...others]) groupOf.set(story, lead);
  // Sources are chosen by people: each gets a page. Topics, people and places need minStoriesForPage stories,
  // so that one story does not make a page.
  const listings = {
    topics: listing("topics", settings.minStoriesForPage),
    sources: listing("sources", 1),
    people: listing("people", settings.minStoriesForPage),
    places: listing("places", settings.minStoriesForPage),
  };
  const labelUrls = Object.fromEntries(
    Object.entries(listings).map(([kind, { pages }]) => [
      kind,
      new Map(pages.filter((page) => page.page === 1).map((page) => [page.slug, page.url])),
    ]),
  ) as SiteModel["labelUrls"];
  const moved: MovedLabel[] = [
    ...assigned.moved.map(({ tag, to }) => ({ kind: "topics" as const, name: tag, to })),
    ...[...names.people].map(([name, to]) => ({
      kind: "people" as const,
      name,
      to: { kind: "people" as const, name: to },
    })),
    ...[...names.places].map(([name, to]) => ({
      kind: "places" as const,
      name,
      to: { kind: "places" as const, name: to },
    })),
  ];
  const relatedOptions = {
    // An event is related once, through its lead, and never to another report of itself.
    eligible: (story: Story) => !story.draft && !followers.has(story),
    ...texts,
    eventOf: (story: Story) => groupOf.get(story),
    kept,
  };
  // The stories' terms are weighed while the worker still makes the texts' vectors.
  const related =
    madeVectors === undefined
      ? findRelated(stories, relatedOptions)
      : await findRelatedOnceMade(stories, relatedOptions, madeVectors);
  return {
    stories,
    byInputPath: new Map(stories.map((story) => [story.inputPath, story])),
    editions,
    listings,
    labelUrls,
    months: groupMonths(editions),
    related,
    redirects: uniqueRedirects([
      ...collectRedirects(moved, labelUrls),
      ...Object.values(listings).flatMap(({ pages }) => slugRedirects(pages)),
    ]),
  };
}

/** The first redirect for each old address, sorted by it. */
function uniqueRedirects(redirects: Redirect[]): Redirect[] {
  const byFrom = new Map<string, Redirect>();
  for (const redirect of redirects) if (!byFrom.has(redirect.from)) byFrom.set(redirect.from, redirect);
  return [...byFrom.values()].sort((a, b) => a.from.localeCompare(b.from));
}
