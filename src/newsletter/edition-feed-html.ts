// An edition as the HTML content of its entry in /editions.xml: the day in brief, then each story by section.
import type { Edition } from "../model/site-model.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { escapeHtml as e } from "../util/escape-html.ts";
import { planNewsletter } from "./plan-newsletter.ts";

/**
 * The entry's content, with every link absolute (`home` is the site's address with its path prefix), and no styles:
 * feed readers and RSS-to-email services apply their own.
 */
export function editionFeedHtml(edition: Edition, settings: SiteSettings, home: string): string {
  const n = planNewsletter(edition, settings, home);
  const leads = n.leads
    .map((lead) => `<li><a href="${e(lead.url)}">${e(lead.title)}</a>: ${e(lead.sentence)}</li>`)
    .join("");
  const counts = n.sectionCounts.map((section) => `${e(section.name)} ${section.count}`).join(" · ");
  const sections = n.sections.map((section) => {
    const stories = section.stories.map((story) => {
      const meta = [story.dateline, story.source]
        .filter(Boolean)
        .map((part) => e(part!))
        .join(" · ");
      const also = story.alsoReportedBy.length
        ? `<p>Also reported by: ${story.alsoReportedBy.map((report) => `<a href="${e(report.url)}">${e(report.source)}</a>`).join(", ")}</p>`
        : "";
      return `<h3><a href="${e(story.url)}">${e(story.title)}</a></h3>${meta ? `<p><small>${meta}</small></p>` : ""}${story.brief ? `<p>${e(story.brief)}</p>` : ""}${also}`;
    });
    return `<h2>${e(section.name)}</h2>${stories.join("")}`;
  });
  return `<h2>The day in brief</h2><ul>${leads}</ul><p>${counts}</p>${sections.join("")}<p><a href="${e(n.onlineUrl)}">Read the edition online</a></p>`;
}

/** The time of an edition's newest story, for its entry's `updated`. */
export function editionUpdated(edition: Edition): Date {
  const times = edition.sections.flatMap((section) => section.stories.map((story) => story.date.getTime()));
  return new Date(Math.max(...times));
}
