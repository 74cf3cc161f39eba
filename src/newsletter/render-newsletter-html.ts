// The newsletter as HTML for mail clients: one 600 px column of tables, styles inlined by juice, dark mode kept.
import juice from "juice";
import { escapeHtml as e } from "../util/escape-html.ts";
import type { Newsletter, NewsletterStory } from "./plan-newsletter.ts";

/**
 * The style sheet juice inlines into every element. Only the dark-mode and narrow-screen rules stay in a <style>
 * (mail clients that read it apply them; the others show the light version, which is readable on its own).
 * Dark rules say !important because inline styles would win over them otherwise.
 */
const CSS = `
body { margin: 0; padding: 0; background: #f3f1ec; -webkit-text-size-adjust: 100%; }
.page { background: #f3f1ec; }
.sheet { background: #ffffff; color: #1a1a1a; border: 1px solid #dedad2; }
td { font-family: -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; }
a { color: #1b4f8a; text-decoration: underline; }
h1, h2, h3 { font-family: Georgia, "Times New Roman", serif; color: #111111; margin: 0; }
h1 { font-size: 28px; line-height: 1.2; }
h1 a { color: #111111; text-decoration: none; }
h2 { font-size: 20px; line-height: 1.3; margin: 28px 0 8px; padding-top: 8px; border-top: 2px solid #1a1a1a; }
h3 { font-size: 18px; line-height: 1.35; margin: 20px 0 4px; }
h3 a { color: #111111; text-decoration: none; }
p { margin: 0 0 8px; }
.cell { padding: 24px 28px; }
.kicker { font-size: 13px; letter-spacing: 0.06em; text-transform: uppercase; color: #5c5c5c; margin: 0 0 4px; }
.day { font-size: 16px; color: #333333; margin: 6px 0 0; }
.online { font-size: 14px; margin: 10px 0 0; }
.brief-box { background: #f7f5f0; border-left: 4px solid #1b4f8a; padding: 14px 16px; margin: 20px 0 4px; }
.brief-title { font-family: Georgia, "Times New Roman", serif; font-size: 18px; font-weight: bold; margin: 0 0 8px; color: #111111; }
.lead { margin: 0 0 10px; }
.lead a { font-weight: bold; }
.counts { font-size: 14px; color: #5c5c5c; margin: 8px 0 0; }
.meta { font-size: 14px; color: #5c5c5c; margin: 0 0 6px; }
.also { font-size: 14px; color: #333333; margin: 6px 0 0; }
.more { font-size: 16px; font-weight: bold; margin: 24px 0 0; }
.foot { font-size: 13px; color: #5c5c5c; padding: 16px 28px 28px; }
.foot a { color: #5c5c5c; }
.preheader { display: none; max-height: 0; overflow: hidden; mso-hide: all; font-size: 1px; line-height: 1px; color: #f3f1ec; opacity: 0; }
@media (prefers-color-scheme: dark) {
  body, .page { background: #121417 !important; }
  .sheet { background: #1c1f24 !important; border-color: #2e333a !important; }
  td, p, .day, .also { color: #e6e3dc !important; }
  h1, h2, h3, h1 a, h3 a, .brief-title { color: #f5f2ea !important; }
  h2 { border-top-color: #e6e3dc !important; }
  a { color: #8cb8ef !important; }
  .kicker, .meta, .counts, .foot, .foot a { color: #aeb4bc !important; }
  .brief-box { background: #252a31 !important; border-left-color: #8cb8ef !important; }
}
@media (max-width: 480px) {
  .cell { padding: 18px 16px !important; }
  .foot { padding: 14px 16px 22px !important; }
  h1 { font-size: 24px !important; }
}
`;

/** The line under a headline: "Sialkot · Dawn". */
function metaLine(story: NewsletterStory): string {
  return [story.dateline, story.source]
    .filter(Boolean)
    .map((part) => e(part!))
    .join(" · ");
}

function storyHtml(story: NewsletterStory): string {
  const meta = metaLine(story);
  const also = story.alsoReportedBy.length
    ? `<p class="also">Also reported by: ${story.alsoReportedBy.map((report) => `<a href="${e(report.url)}">${e(report.source)}</a>`).join(", ")}</p>`
    : "";
  return `<h3><a href="${e(story.url)}">${e(story.title)}</a></h3>${meta ? `<p class="meta">${meta}</p>` : ""}${story.brief ? `<p>${e(story.brief)}</p>` : ""}${also}`;
}

function dayInBriefHtml(n: Newsletter): string {
  const leads = n.leads
    .map((lead) => `<p class="lead"><a href="${e(lead.url)}">${e(lead.title)}</a><br>${e(lead.sentence)}</p>`)
    .join("");
  const counts = n.sectionCounts.map((section) => `${e(section.name)} ${section.count}`).join(" · ");
  return `<div class="brief-box"><p class="brief-title">The day in brief</p>${leads}<p class="counts">${counts}</p></div>`;
}

/** The whole message body, before inlining. `unsubscribe` is a link for the foot (default: none). */
function documentHtml(n: Newsletter, unsubscribe?: string): string {
  const sections = n.sections
    .map((section) => `<h2>${e(section.name)}</h2>${section.stories.map(storyHtml).join("")}`)
    .join("");
  const more =
    n.omitted > 0
      ? `<p class="more"><a href="${e(n.onlineUrl)}">${n.omitted} more ${n.omitted === 1 ? "story" : "stories"} in the online edition</a></p>`
      : "";
  const foot = [
    `You are reading the edition of ${e(n.dayLabel)} of <a href="${e(n.home)}">${e(n.siteTitle)}</a>.`,
    `<a href="${e(n.onlineUrl)}">Read it online</a> · <a href="${e(n.feedUrl)}">Feed of editions</a>${unsubscribe ? ` · <a href="${e(unsubscribe)}">Unsubscribe</a>` : ""}`,
  ].join("<br>");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="supported-color-schemes" content="light dark">
<title>${e(n.subject)}</title>
<style>${CSS}</style>
</head>
<body>
<div class="preheader">${e(n.preheader)}</div>
<table role="presentation" class="page" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding: 16px 8px;">
<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->
<table role="presentation" class="sheet" width="600" cellpadding="0" cellspacing="0" border="0" style="width: 100%; max-width: 600px;">
<tr><td class="cell">
<p class="kicker">Edition · ${n.count} ${n.count === 1 ? "story" : "stories"}</p>
<h1><a href="${e(n.home)}">${e(n.siteTitle)}</a></h1>
<p class="day">${e(n.dayLabel)}</p>
<p class="online"><a href="${e(n.onlineUrl)}">Read online</a></p>
${dayInBriefHtml(n)}
${sections}
${more}
</td></tr>
<tr><td class="foot">${foot}</td></tr>
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr></table>
</body>
</html>
`;
}

/** The newsletter's HTML with every style inlined (the dark and narrow-screen rules kept in a <style>). */
export function renderNewsletterHtml(newsletter: Newsletter, unsubscribe?: string): string {
  return juice(documentHtml(newsletter, unsubscribe), {
    preserveMediaQueries: true,
    removeStyleTags: true,
    applyWidthAttributes: false,
  });
}
