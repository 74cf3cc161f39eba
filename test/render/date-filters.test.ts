// The date filters: luxon's formats in the site's zone and locale, whichever way they are computed.
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  type DatedStory,
  localeFormat,
  memoiseDateFormat,
  storyInstant,
  storyIso,
  toSiteDate,
} from "../../src/model/to-site-date.ts";
import { dateFiltersPlugin } from "../../src/render/date-filters.ts";
import type { SiteSettings } from "../../src/util/site-settings.ts";

const SITES = [
  { timezone: "UTC", locale: "en-GB" },
  { timezone: "America/New_York", locale: "en-US" },
  { timezone: "Asia/Kolkata", locale: "fr-FR" },
  { timezone: "Europe/London", locale: "de-DE" },
  { timezone: "UTC+5", locale: "en-GB" },
  { timezone: "Australia/Adelaide", locale: "th-TH-u-ca-buddhist" },
];
const FORMATS = [
  DateTime.DATE_FULL,
  { ...DateTime.DATE_FULL, hour: "2-digit", minute: "2-digit", timeZoneName: "short" } as const,
];

describe("localeFormat", () => {
  it("writes every date as luxon does in the site's zone and locale", () => {
    for (const site of SITES) {
      for (const options of FORMATS) {
        const format = localeFormat(site, options);
        fc.assert(
          fc.property(
            fc.date({ min: new Date("1990-01-01"), max: new Date("2060-01-01"), noInvalidDate: true }),
            (date) => {
              expect(format(date)).toBe(toSiteDate(date, site).toLocaleString(options));
            },
          ),
          { numRuns: 300 },
        );
      }
    }
  });

  it("reads an ISO string with its own offset, as front matter may give one", () => {
    const format = localeFormat({ timezone: "America/New_York", locale: "en-GB" }, DateTime.DATE_FULL);
    expect(format("2025-03-11T03:30:00Z")).toBe("10 March 2025");
  });
});

describe("memoiseDateFormat", () => {
  it("gives a Date and a string their own results, and a repeated date the same one", () => {
    const memo = memoiseDateFormat((value) =>
      value instanceof Date ? `date ${value.getTime()}` : `text ${String(value)}`,
    );
    const date = new Date("2025-01-01T00:00:00Z");
    expect(memo(date)).toBe(`date ${date.getTime()}`);
    expect(memo(String(date.getTime()))).toBe(`text ${date.getTime()}`);
    expect(memo(new Date(date.getTime()))).toBe(`date ${date.getTime()}`);
  });
});

describe("the story date filters", () => {
  it("give every story its own ISO date and instant, however often and in whatever order they are asked", () => {
    for (const site of SITES) {
      const filters = new Map<string, (story: DatedStory) => string>();
      dateFiltersPlugin(
        { addFilter: (name: string, filter: (story: DatedStory) => string) => filters.set(name, filter) } as never,
        site as SiteSettings,
      );
      const iso = filters.get("broadsheetStoryIso")!;
      const instant = filters.get("broadsheetStoryInstant")!;
      const story = fc.record({
        date: fc.date({ min: new Date("1990-01-01"), max: new Date("2060-01-01"), noInvalidDate: true }),
        timeKnown: fc.boolean(),
        // A date-only story's day is not its instant's day in every zone: the filters must not mix them up.
        day: fc
          .date({ min: new Date("1990-01-01"), max: new Date("2060-01-01"), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10)),
      });
      fc.assert(
        fc.property(fc.array(story, { minLength: 1, maxLength: 8 }), (stories) => {
          for (const s of [...stories, ...stories.reverse()]) {
            expect(iso(s)).toBe(storyIso(s, site));
            expect(instant(s)).toBe(storyInstant(s, site));
          }
        }),
        { numRuns: 100 },
      );
    }
  });
});
