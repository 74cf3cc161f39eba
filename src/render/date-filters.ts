// Eleventy filters that show dates in the site's time zone and locale (luxon's formats), each result remembered.
import { DateTime } from "luxon";
import {
  localeFormat,
  memoiseDateFormat,
  storyDateText,
  storyInstant,
  storyIso,
  utcIso,
  type DatedStory,
} from "../model/to-site-date.ts";
import type { EleventyConfig } from "../util/eleventy-config-type.ts";
import type { SiteSettings } from "../util/site-settings.ts";

/**
 * Adds the `utcIso` and `readableDay` filters, and for stories `storyDate` (with the time when known), `storyDay` (the
 * date alone), `storyIso` and `storyInstant`.
 */
export function dateFiltersPlugin(eleventyConfig: EleventyConfig, settings: SiteSettings): void {
  const filter = (name: string, format: (value: unknown) => string) =>
    eleventyConfig.addFilter(name, memoiseDateFormat(format));
  const dateText = storyDateText(settings);
  const dateTime = memoiseDateFormat(
    localeFormat(settings, { ...DateTime.DATE_FULL, hour: "2-digit", minute: "2-digit", timeZoneName: "short" }),
  );
  eleventyConfig.addFilter("broadsheetStoryDay", (story: DatedStory) => dateText(story));
  eleventyConfig.addFilter("broadsheetStoryDate", (story: DatedStory) =>
    story.timeKnown === false ? dateText(story) : dateTime(story.date),
  );
  // A story with a time by its date, one with a date alone by its day: each formatted once however many pages list it.
  const iso = memoiseDateFormat((date) => storyIso({ date: date as Date, day: "" }, settings));
  const instant = memoiseDateFormat((value) =>
    value instanceof Date
      ? storyInstant({ date: value, day: "" }, settings)
      : storyInstant({ date: new Date(0), day: String(value), timeKnown: false }, settings),
  );
  eleventyConfig.addFilter("broadsheetStoryIso", (story: DatedStory) =>
    story.timeKnown === false ? story.day : iso(story.date),
  );
  eleventyConfig.addFilter("broadsheetStoryInstant", (story: DatedStory) =>
    instant(story.timeKnown === false ? story.day : story.date),
  );
  filter("broadsheetUtcIso", (value) => utcIso(value, settings));
  // A day key ("2025-09-13") as "Saturday 13 September 2025".
  filter("broadsheetReadableDay", (day) =>
    DateTime.fromISO(String(day), { zone: settings.timezone })
      .setLocale(settings.locale)
      .toLocaleString(DateTime.DATE_HUGE),
  );
}
