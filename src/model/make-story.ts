// Turns an article (Eleventy item + digest) into the Story that every page draws: one shape for all layouts.
import { makeSlug } from "./make-slug.ts";
import type { Digest } from "./types.ts";
import { cachedByText } from "../util/cached-by-text.ts";
import { hashText } from "../util/hash.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { toSiteDate } from "./to-site-date.ts";
import { isDraft } from "./is-draft.ts";

/** A named thing a story is filed under (a topic, person, place or source), with its page when it has one. */
export interface Label {
  name: string;
  slug: string;
}

/** Everything a page needs to show one story. */
export interface Story {
  inputPath: string;
  url: string;
  title: string;
  date: Date;
  /**
   * Whether the story's time of day is known. A date written alone (`2025-09-13`), or at midnight UTC exactly
   * (`2025-09-13T00:00:00Z`, how dates without a time were written before), is a date only: it is shown without a
   * time, and belongs to its own calendar day's edition in any site time zone.
   */
  timeKnown: boolean;
  /** The edition the story belongs to: "2025-09-13", cut in the site's time zone when the time is known. */
  day: string;
  /** "2025-09", for the archive and the month filter. */
  month: string;
  dateline?: string;
  byline?: string;
  source?: { name?: string; url?: string; licence?: string; licence_url?: string };
  highlights: string[];
  /** The summary to show: a person's `summary` when there is one, else the generated sentences. */
  summary: string[];
  /** A person's `summary`, shown on the story's page (the generated one only serves listings, feeds and search). */
  ownSummary?: string;
  /** The newspaper section, for grouping an edition (from the digest; "News" without one). */
  section: string;
  sectionSlug: string;
  topics: Label[];
  people: Label[];
  places: Label[];
  organisations: Label[];
  keywords: string[];
  readingMinutes: number;
  /** Words in the story's text (0 when not summarised). */
  words?: number;
  language?: string;
  draft: boolean;
  /** Other sources' reports of the same event, on the story that leads its group in listings (empty when none). */
  alsoReportedBy: { source: string; title: string; url: string }[];
}

interface Item {
  inputPath: string;
  url: string;
  date: Date;
  data: Record<string, unknown>;
}

/**
 * A label and its URL slug; names with no Latin letters get a slug from their hash. One name gives one label object,
 * frozen, shared by every story that names it: its slug is made once per name, not once per story.
 */
export const toLabel = cachedByText((name): Label => Object.freeze({ name, slug: makeSlug(name, hashText(name, 8)) }));
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/** True when an article's date carries a time of day (see Story.timeKnown). */
export function hasTimeOfDay(written: unknown, date: Date): boolean {
  if (typeof written === "string" && /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(written)) return false;
  return (
    date.getUTCHours() !== 0 ||
    date.getUTCMinutes() !== 0 ||
    date.getUTCSeconds() !== 0 ||
    date.getUTCMilliseconds() !== 0
  );
}

/** The Story for one article. */
export function makeStory(item: Item, digest: Digest | undefined, settings: SiteSettings): Story {
  const data = item.data;
  // A date the importer took from a file name never had a time; it was written at midnight in the site's zone.
  const fromFileName = (data["imported"] as { date_from?: unknown } | undefined)?.date_from === "file-name";
  const timeKnown = !fromFileName && hasTimeOfDay(data["date"], item.date);
  // A date without a time is the calendar day it names, whatever the site's zone (midnight UTC would be the day
  // before west of UTC).
  const local =
    timeKnown || fromFileName
      ? toSiteDate(item.date, settings)
      : toSiteDate(item.date, { ...settings, timezone: "UTC" });
  const section = digest?.section ?? "News";
  const tags = strings(data["tags"]);
  const personal = typeof data["summary"] === "string" ? [data["summary"]] : undefined;
  // The editor's tags are the topics; the section joins them, so every story has at least one topic.
  const topics = [...new Set([...tags, section])].map(toLabel);
  return {
    inputPath: item.inputPath,
    url: item.url,
    title: String(data["title"]),
    date: item.date,
    timeKnown,
    day: local.toFormat("yyyy-MM-dd"),
    month: local.toFormat("yyyy-MM"),
    ...(typeof data["dateline"] === "string" ? { dateline: data["dateline"] } : {}),
    ...(typeof data["byline"] === "string" ? { byline: data["byline"] } : {}),
    ...(typeof data["source"] === "object" && data["source"] ? { source: data["source"] as Story["source"] } : {}),
    highlights: strings(data["highlights"]),
    summary: personal ?? digest?.summary ?? [],
    ...(personal ? { ownSummary: personal[0]! } : {}),
    section,
    sectionSlug: toLabel(section).slug,
    topics,
    people: (digest?.people ?? []).map(toLabel),
    places: (digest?.places ?? []).map(toLabel),
    organisations: (digest?.organisations ?? []).map(toLabel),
    keywords: digest?.keywords ?? [],
    readingMinutes: digest?.readingMinutes ?? 1,
    words: digest?.wordCount ?? 0,
    ...(typeof data["language"] === "string" ? { language: data["language"] } : {}),
    draft: isDraft(data["draft"]),
    alsoReportedBy: [],
  };
}
