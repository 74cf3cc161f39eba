// The newsletter as plain text: the same contents as the HTML, wrapped at 72 columns, every link written out.
import type { Newsletter, NewsletterStory } from "./plan-newsletter.ts";

/** Columns of the plain text (default: 72), the width mail programs have long assumed. */
export const TEXT_WIDTH = 72;

/**
 * `text` wrapped at `width` columns, each line after `indent`. A word longer than a line (a URL) gets a line of its
 * own rather than being broken, so that it still works when copied.
 */
export function wrapText(text: string, indent = "", width = TEXT_WIDTH, firstIndent = indent): string {
  const lines: string[] = [];
  let line = firstIndent;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent;
      empty = true;
    }
    line += (empty ? "" : " ") + word;
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines.join("\n");
}

const rule = (char: string) => char.repeat(TEXT_WIDTH);
/** "Label: link" on one line when it fits, else the link on a line of its own. */
const labelled = (label: string, url: string) =>
  label.length + 1 + url.length <= TEXT_WIDTH ? `${label} ${url}` : `${wrapText(label)}\n${url}`;

function storyText(story: NewsletterStory): string {
  const meta = [story.dateline, story.source].filter(Boolean).join(" · ");
  const parts = [wrapText(story.title), ...(meta ? [wrapText(meta)] : []), story.url];
  if (story.brief) parts.push("", wrapText(story.brief));
  if (story.alsoReportedBy.length) {
    parts.push("", "Also reported by:");
    for (const report of story.alsoReportedBy)
      parts.push(wrapText(`${report.source}: ${report.title}`, "  ", TEXT_WIDTH, "- "), `  ${report.url}`);
  }
  return parts.join("\n");
}

/** The text part. `unsubscribe` is the address or link to leave the list (default: none). */
export function renderNewsletterText(n: Newsletter, unsubscribe?: string): string {
  const blocks: string[] = [
    [
      wrapText(n.siteTitle.toUpperCase()),
      wrapText(`${n.dayLabel} · ${n.count} ${n.count === 1 ? "story" : "stories"}`),
      labelled("Read online:", n.onlineUrl),
    ].join("\n"),
    rule("="),
    "THE DAY IN BRIEF",
    ...n.leads.map((lead) =>
      [wrapText(`${lead.title}: ${lead.sentence}`, "  ", TEXT_WIDTH, "- "), `  ${lead.url}`].join("\n"),
    ),
    wrapText(n.sectionCounts.map((section) => `${section.name} ${section.count}`).join(" · ")),
  ];
  for (const section of n.sections) {
    blocks.push(`${rule("=")}\n${section.name.toUpperCase()}\n${rule("-")}`);
    blocks.push(...section.stories.map(storyText));
  }
  if (n.omitted > 0)
    blocks.push(
      rule("-"),
      `${n.omitted} more ${n.omitted === 1 ? "story" : "stories"} in the online edition:\n${n.onlineUrl}`,
    );
  blocks.push(
    rule("="),
    [
      wrapText(`You are reading the edition of ${n.dayLabel} of ${n.siteTitle}.`),
      labelled("Read it online:", n.onlineUrl),
      labelled("Feed of editions:", n.feedUrl),
      labelled(`${n.siteTitle}:`, n.home),
      ...(unsubscribe ? [labelled("Unsubscribe:", unsubscribe)] : []),
    ].join("\n"),
  );
  return `${blocks.join("\n\n")}\n`;
}
