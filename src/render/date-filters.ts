// Eleventy filters that show dates in the site's time zone and locale, with luxon.
import { DateTime } from "luxon";
import type { EleventyConfig } from "./eleventy-config-type.ts";
import type { SiteSettings } from "../util/site-settings.ts";

/** Reads a front matter date (a Date from YAML, or an ISO string) as a luxon date in the site's zone. */
export function toSiteDate(value: unknown, settings: Pick<SiteSettings, "timezone" | "locale">): DateTime {
  const date =
    value instanceof Date
      ? DateTime.fromJSDate(value)
      : DateTime.fromISO(String(value), { setZone: true });
  return date.setZone(settings.timezone).setLocale(settings.locale);
}

/** Adds `readableDate`, `readableDateTime`, `isoDate` and `dayPath` filters. */
export function dateFiltersPlugin(eleventyConfig: EleventyConfig, settings: SiteSettings): void {
  eleventyConfig.addFilter("readableDate", (value: unknown) => toSiteDate(value, settings).toLocaleString(DateTime.DATE_FULL));
  eleventyConfig.addFilter("readableDateTime", (value: unknown) =>
    toSiteDate(value, settings).toLocaleString({ ...DateTime.DATE_FULL, hour: "2-digit", minute: "2-digit", timeZoneName: "short" }),
  );
  eleventyConfig.addFilter("isoDate", (value: unknown) => toSiteDate(value, settings).toISO({ suppressMilliseconds: true }));
  // UTC, so that dates sort as text (Pagefind's sort) and feeds need no offsets.
  eleventyConfig.addFilter("utcIso", (value: unknown) => toSiteDate(value, settings).toUTC().toISO({ suppressMilliseconds: true }));
  // A day key ("2025-09-13") as "Saturday 13 September 2025".
  eleventyConfig.addFilter("readableDay", (day: string) =>
    DateTime.fromISO(day, { zone: settings.timezone }).setLocale(settings.locale).toLocaleString(DateTime.DATE_HUGE),
  );
  // The edition a date belongs to, cut in the site's zone: 23:30 local time is that day, not the next.
  eleventyConfig.addFilter("dayPath", (value: unknown) => toSiteDate(value, settings).toFormat("yyyy/MM/dd"));
}
