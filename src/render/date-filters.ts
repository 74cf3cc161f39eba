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
  eleventyConfig.addFilter("broadsheetStoryIso", (story: DatedStory) => storyIso(story, settings));
  eleventyConfig.addFilter("broadsheetStoryInstant", (story: DatedStory) => storyInstant(story, settings));
  filter("broadsheetUtcIso", (value) => utcIso(value, settings));
  // A day key ("2025-09-13") as "Saturday 13 September 2025".
  filter("broadsheetReadableDay", (day) =>
    DateTime.fromISO(String(day), { zone: settings.timezone })
      .setLocale(settings.locale)
      .toLocaleString(DateTime.DATE_HUGE),
  );
}
