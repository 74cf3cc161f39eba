// Eleventy filters that show dates in the site's time zone and locale (luxon's formats), each result remembered.
import { DateTime } from "luxon";
import { localeFormat, memoiseDateFormat, storyDateText, storyInstant, storyIso, toSiteDate, utcIso, type DatedStory } from "../model/to-site-date.ts";
import type { EleventyConfig } from "../util/eleventy-config-type.ts";
import type { SiteSettings } from "../util/site-settings.ts";

/**
 * Adds `readableDate`, `readableDateTime`, `isoDate`, `utcIso`, `readableDay` and `dayPath` filters, and for stories
 * `storyDate` (with the time when known), `storyDay` (the date alone), `storyIso` and `storyInstant`.
 */
export function dateFiltersPlugin(eleventyConfig: EleventyConfig, settings: SiteSettings): void {
  const filter = (name: string, format: (value: unknown) => string) => eleventyConfig.addFilter(name, memoiseDateFormat(format));
  filter("readableDate", localeFormat(settings, DateTime.DATE_FULL));
  const dateText = storyDateText(settings);
  const dateTime = memoiseDateFormat(localeFormat(settings, { ...DateTime.DATE_FULL, hour: "2-digit", minute: "2-digit", timeZoneName: "short" }));
  eleventyConfig.addFilter("storyDay", (story: DatedStory) => dateText(story));
  eleventyConfig.addFilter("storyDate", (story: DatedStory) => (story.timeKnown === false ? dateText(story) : dateTime(story.date)));
  eleventyConfig.addFilter("storyIso", (story: DatedStory) => storyIso(story, settings));
  eleventyConfig.addFilter("storyInstant", (story: DatedStory) => storyInstant(story, settings));
  filter("readableDateTime", localeFormat(settings, { ...DateTime.DATE_FULL, hour: "2-digit", minute: "2-digit", timeZoneName: "short" }));
  filter("isoDate", (value) => toSiteDate(value, settings).toISO({ suppressMilliseconds: true }) ?? "");
  filter("utcIso", (value) => utcIso(value, settings));
  // A day key ("2025-09-13") as "Saturday 13 September 2025".
  filter("readableDay", (day) =>
    DateTime.fromISO(String(day), { zone: settings.timezone }).setLocale(settings.locale).toLocaleString(DateTime.DATE_HUGE),
  );
  // The edition a date belongs to, cut in the site's zone: 23:30 local time is that day, not the next.
  filter("dayPath", (value) => toSiteDate(value, settings).toFormat("yyyy/MM/dd"));
}
