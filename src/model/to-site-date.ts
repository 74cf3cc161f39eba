// Dates in the site's time zone and locale (luxon's formats), each result remembered: for pages, feeds and the search index.
import { DateTime, type DateTimeFormatOptions } from "luxon";
import type { SiteSettings } from "../util/site-settings.ts";

export type ZoneAndLocale = Pick<SiteSettings, "timezone" | "locale">;

/** Reads a front matter date (a Date from YAML, or an ISO string) as a luxon date in the site's zone. */
export function toSiteDate(value: unknown, settings: ZoneAndLocale): DateTime {
  const date = value instanceof Date ? DateTime.fromJSDate(value) : DateTime.fromISO(String(value), { setZone: true });
  return date.setZone(settings.timezone).setLocale(settings.locale);
}

/**
 * `format` remembered by its input: a date is formatted once per build and filter, not once per page that shows it
 * (a story's date appears on its page, its edition, its listings and other stories' related lists, so a large site
 * formats each date many times, and luxon's formatting is slow).
 * Dates are keyed by their time, anything else by its text; the memo holds at most one entry per distinct date.
 */
export function memoiseDateFormat(format: (value: unknown) => string): (value: unknown) => string {
  const memo = new Map<string | number, string>();
  return (value: unknown) => {
    const key = value instanceof Date ? value.getTime() : String(value);
    let text = memo.get(key);
    if (text === undefined) {
      text = format(value);
      memo.set(key, text);
    }
    return text;
  };
}

/**
 * `toSiteDate(value).toLocaleString(options)`, with Intl called directly for a Date in a named zone or UTC, as luxon
 * does itself, without luxon's copies of the date (many times faster); other zones (fixed offsets)
 * go through luxon.
 */
export function localeFormat(settings: ZoneAndLocale, options: DateTimeFormatOptions): (value: unknown) => string {
  const zone = DateTime.now().setZone(settings.timezone).zone;
  const timeZone = zone.type === "iana" ? zone.name : zone.isUniversal && zone.offset(0) === 0 ? "UTC" : undefined;
  let intl: Intl.DateTimeFormat | undefined;
  try {
    intl = timeZone ? new Intl.DateTimeFormat(settings.locale, { ...options, timeZone }) : undefined;
  } catch {
    // A locale Intl does not take: luxon's own path says what is wrong with it.
  }
  return (value) =>
    intl && value instanceof Date ? intl.format(value) : toSiteDate(value, settings).toLocaleString(options);
}

/** A date as UTC ISO 8601 without milliseconds, so that dates sort as text (Pagefind's sort) and feeds need no offsets. */
export const utcIso = (value: unknown, settings: ZoneAndLocale): string =>
  toSiteDate(value, settings).toUTC().toISO({ suppressMilliseconds: true }) ?? "";

/** What the story-date filters need of a story. */
export interface DatedStory {
  date: Date;
  timeKnown?: boolean;
  day: string;
}

/**
 * A story's date for a machine: ISO 8601 with its offset in the site's zone when the time is known, else the date
 * alone ("2025-09-13", as JSON-LD's datePublished allows).
 */
export const storyIso = (story: DatedStory, settings: ZoneAndLocale): string =>
  story.timeKnown === false
    ? story.day
    : (toSiteDate(story.date, settings).toISO({ suppressMilliseconds: true }) ?? "");

/** A story's instant for formats that demand a time (Atom, JSON Feed): for a date only, the day's start in the site's zone, in UTC. */
export const storyInstant = (story: DatedStory, settings: ZoneAndLocale): string =>
  story.timeKnown === false
    ? (DateTime.fromISO(story.day, { zone: settings.timezone }).toUTC().toISO({ suppressMilliseconds: true }) ?? "")
    : utcIso(story.date, settings);

/** "13 September 2025" for a story: its day when only the date is known, else its date in the site's zone. */
export function storyDateText(settings: ZoneAndLocale): (story: DatedStory) => string {
  const date = localeFormat(settings, DateTime.DATE_FULL);
  const day = memoiseDateFormat((value) =>
    DateTime.fromISO(String(value), { zone: "UTC" }).setLocale(settings.locale).toLocaleString(DateTime.DATE_FULL),
  );
  return (story) => (story.timeKnown === false ? day(story.day) : date(story.date));
}
