// What search knows of a story: the parts of its article page a reader searches, as a small HTML page for Pagefind.
import { DateTime } from "luxon";
import { localeFormat, utcIso } from "../model/to-site-date.ts";
import type { Story } from "../model/make-story.ts";
import { createMarkdown } from "../model/markdown.ts";
import type { SiteSettings } from "../util/site-settings.ts";

/** One story for Pagefind: its page's URL (without the path prefix, as Eleventy gives it) and the HTML to index. */
export interface SearchRecord {
  url: string;
  html: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** A hidden element that gives Pagefind a meta value, a filter value or a sort key. */
const span = (attributes: string, value: string) => `<span ${attributes}>${escapeHtml(value)}</span>`;

/** The fields of a story its record shows, and nothing else: what a cached shard is keyed by, with the bodies. */
const RECORD_FIELDS = [
  "url",
  "title",
  "language",
  "dateline",
  "timeKnown",
  "date",
  "day",
  "summary",
  "month",
  "source",
  "topics",
  "people",
  "places",
  "highlights",
] as const satisfies readonly (keyof Story)[];

/** What `searchRecord` may read of a story. */
export type RecordSource = Pick<Story, (typeof RECORD_FIELDS)[number]>;

/** A story as the search index reads it: what its record shows, and its article file, whose body it indexes. */
export type IndexedStory = RecordSource & Pick<Story, "inputPath">;

/** The record's source of `story`: only the fields `searchRecord` reads, so that the rest may change freely. */
export function recordSource(story: RecordSource): RecordSource {
  return Object.fromEntries(RECORD_FIELDS.map((field) => [field, story[field]])) as RecordSource;
}

/**
 * The record of `story`, whose body Markdown renders to `bodyHtml`. It holds what the article page shows of the
 * story itself (headline, weighted above the rest; highlights; full text), never the page's navigation, footer,
 * reading time or generated summary (sentences copied from the body, which would count twice). The date, dateline,
 * source and summary reach the results as metadata, and the month, source, topics, people and places as filters.
 */
export function searchRecord(
  story: RecordSource,
  bodyHtml: string,
  settings: Pick<SiteSettings, "timezone" | "locale" | "language">,
  readableDate = localeFormat(settings, DateTime.DATE_FULL),
): SearchRecord {
  const hidden = [
    story.dateline ? span(`data-pagefind-meta="dateline"`, story.dateline) : "",
    // As the article page writes it (the readableDate filter; a date without a time as the day it names), and in
    // UTC, which date-order.txt sorts by.
    span(
      `data-pagefind-meta="date"`,
      story.timeKnown
        ? readableDate(story.date)
        : DateTime.fromISO(story.day, { zone: "UTC" }).setLocale(settings.locale).toLocaleString(DateTime.DATE_FULL),
    ),
    // No Pagefind sort: its order would be in the metadata every query downloads; date-order.txt holds it instead.
    span(`data-pagefind-meta="datetime"`, utcIso(story.date, settings)),
    span(`data-pagefind-meta="summary"`, story.summary.join(" ")),
    span(`data-pagefind-filter="month"`, story.month),
    story.source?.name ? span(`data-pagefind-filter="source" data-pagefind-meta="source"`, story.source.name) : "",
    ...story.topics.map((label) => span(`data-pagefind-filter="topic"`, label.name)),
    ...story.people.map((label) => span(`data-pagefind-filter="person"`, label.name)),
    ...story.places.map((label) => span(`data-pagefind-filter="place"`, label.name)),
  ].join("");
  const highlights = story.highlights.length
    ? `<ul>${story.highlights.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`
    : "";
  const html =
    `<!doctype html><html lang="${escapeHtml(story.language ?? settings.language)}"><body><article data-pagefind-body>` +
    `<h1 data-pagefind-weight="10">${escapeHtml(story.title)}</h1><div hidden data-pagefind-ignore>${hidden}</div>` +
    `${highlights}${bodyHtml}</article></body></html>`;
  return { url: story.url, html };
}

/** The record of every story, made as Pagefind asks for them (a body is rendered only then). */
export function* searchRecords(
  stories: IndexedStory[],
  bodyOf: (inputPath: string) => string,
  settings: SiteSettings,
): Generator<SearchRecord> {
  const markdown = createMarkdown();
  const readableDate = localeFormat(settings, DateTime.DATE_FULL);
  for (const story of stories)
    yield searchRecord(story, markdown.render(bodyOf(story.inputPath)), settings, readableDate);
}
