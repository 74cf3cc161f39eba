// What a newsletter says, worked out once for its HTML and text parts: the day in brief, the stories, absolute links.
import { DateTime } from "luxon";
import type { Edition } from "../model/site-model.ts";
import type { Story } from "../model/make-story.ts";
import type { SiteSettings } from "../util/site-settings.ts";

/** Another source's report of the same event. */
export interface OtherReport {
  source: string;
  title: string;
  url: string;
}

/** One story as the newsletter shows it. */
export interface NewsletterStory {
  title: string;
  url: string;
  source?: string;
  dateline?: string;
  brief: string;
  alsoReportedBy: OtherReport[];
}

/** Everything a newsletter shows, with every link absolute. */
export interface Newsletter {
  siteTitle: string;
  home: string;
  day: string;
  /** "Saturday 13 September 2025", in the site's locale. */
  dayLabel: string;
  subject: string;
  /** The hidden line mail clients show after the subject. */
  preheader: string;
  /** The edition's page. */
  onlineUrl: string;
  feedUrl: string;
  leads: { title: string; url: string; sentence: string }[];
  sectionCounts: { name: string; count: number }[];
  sections: { name: string; stories: NewsletterStory[] }[];
  /** Stories in the edition. */
  count: number;
  /** Stories left for the online edition because the message would be too long (0 when none). */
  omitted: number;
}

/** Characters of the preheader, at most (default: 150): mail clients show about this much after the subject. */
const PREHEADER_LENGTH = 150;

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** The site's address with the path prefix, ending in "/": "https://example.org/digest/". */
export function siteHome(settings: SiteSettings, pathPrefix = "/"): string {
  const prefix = `/${pathPrefix.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  return new URL(prefix, settings.url).href;
}

/** Reports of the same event by other sources, when the site model groups them (empty otherwise). */
function otherReports(story: Story, absolute: (url: string) => string): OtherReport[] {
  const reports = (story as Story & { alsoReportedBy?: OtherReport[] }).alsoReportedBy ?? [];
  return reports.map((report) => ({ ...report, url: absolute(report.url) }));
}

/** The newsletter of one edition; `home` is the site's absolute address with its path prefix. */
export function planNewsletter(edition: Edition, settings: SiteSettings, home: string): Newsletter {
  const absolute = (url: string) => new URL(url.replace(/^\//, ""), home).href;
  const dayLabel = DateTime.fromISO(edition.day, { zone: settings.timezone })
    .setLocale(settings.locale)
    .toLocaleString(DateTime.DATE_HUGE);
  const brief = edition.dayInBrief;
  const leads = brief.leads.map(({ story, sentence }) => ({ title: story.title, url: absolute(story.url), sentence }));
  const sections = edition.sections.map((section) => ({
    name: section.name,
    stories: section.stories.map((story) => ({
      title: story.title,
      url: absolute(story.url),
      ...(story.source?.name ? { source: story.source.name } : {}),
      ...(story.dateline ? { dateline: story.dateline } : {}),
      brief: story.summary.join(" "),
      alsoReportedBy: otherReports(story, absolute),
    })),
  }));
  const counts = brief.sections.map((section) => `${section.name} ${section.count}`).join(", ");
  const preheader = cutText(
    leads.length ? leads.map((lead) => lead.sentence).join(" ") : `${edition.count} stories: ${counts}`,
    PREHEADER_LENGTH,
  );
  return {
    siteTitle: settings.title,
    home,
    day: edition.day,
    dayLabel,
    subject: `${settings.title}: ${dayLabel}`,
    preheader,
    onlineUrl: absolute(edition.url),
    feedUrl: absolute("/editions.xml"),
    leads,
    sectionCounts: brief.sections,
    sections,
    count: edition.count,
    omitted: 0,
  };
}

/**
 * The newsletter with only `keep` stories: the first of each section, then the second of each, and so on, so that
 * every section keeps its leading stories rather than the last sections going whole. The rest are counted as omitted.
 */
export function keepStories(newsletter: Newsletter, keep: number): Newsletter {
  const kept = newsletter.sections.map(() => 0);
  let left = Math.max(0, keep);
  for (let rank = 0; left > 0; rank++) {
    let added = false;
    newsletter.sections.forEach((section, index) => {
      if (left > 0 && rank < section.stories.length) {
        kept[index]!++;
        left--;
        added = true;
      }
    });
    if (!added) break;
  }
  const sections = newsletter.sections
    .map((section, index) => ({ ...section, stories: section.stories.slice(0, kept[index]) }))
    .filter((section) => section.stories.length > 0);
  const shown = sections.reduce((sum, section) => sum + section.stories.length, 0);
  return { ...newsletter, sections, omitted: newsletter.count - shown };
}
