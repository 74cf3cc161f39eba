// A long edition keeps its HTML under Gmail's clipping size and links the rest online; other sources are listed.
import { describe, expect, it } from "vitest";
import { fitNewsletter, MAX_HTML_BYTES } from "../../src/newsletter/fit-newsletter.ts";
import { keepStories, planNewsletter, siteHome } from "../../src/newsletter/plan-newsletter.ts";
import { renderNewsletterHtml } from "../../src/newsletter/render-newsletter-html.ts";
import { renderNewsletterText } from "../../src/newsletter/render-newsletter-text.ts";
import { groupEditions } from "../../src/render/group-stories.ts";
import { makeStory } from "../../src/model/make-story.ts";
import { readSiteSettings } from "../../src/util/site-settings.ts";
import type { Digest } from "../../src/model/types.ts";

const settings = { ...readSiteSettings("content"), url: "https://news.example.net" };
const SECTIONS = ["World", "Politics", "Business", "Science"];

/** An edition of `count` stories on one day, each with a brief of three long sentences. */
function editionOf(count: number, extra: (index: number) => Record<string, unknown> = () => ({})) {
  const stories = Array.from({ length: count }, (_, index) => {
    const sentence = `Story ${index} reports that the regional council of district ${index} voted on a long list of measures about roads, schools and water supplies for the coming year.`;
    const digest: Digest = {
      summary: [sentence, sentence, sentence],
      keywords: [],
      people: [],
      places: [],
      organisations: [],
      section: SECTIONS[index % 4]!,
      readingMinutes: 2,
      wordCount: 400,
    };
    const item = {
      inputPath: `./content/articles/2025/03/11/story-${index}.md`,
      url: `/2025/03/11/story-${index}/`,
      date: new Date(Date.UTC(2025, 2, 11, 12, 0, index)),
      data: {
        title: `Council of district ${index} votes on its budget`,
        source: { name: "Town Desk" },
        dateline: "Lyon",
      },
    };
    return { ...makeStory(item, digest, settings), ...extra(index) };
  });
  return groupEditions(stories.reverse())[0]!;
}

describe("a long edition", () => {
  const planned = planNewsletter(editionOf(400), settings, siteHome(settings));
  const { newsletter, html } = fitNewsletter(planned, (n) => renderNewsletterHtml(n));

  it("is drawn under 100,000 bytes, with as many stories as fit and the rest linked online", () => {
    expect(Buffer.byteLength(renderNewsletterHtml(planned))).toBeGreaterThan(MAX_HTML_BYTES);
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(MAX_HTML_BYTES);
    const shown = newsletter.sections.reduce((sum, section) => sum + section.stories.length, 0);
    expect(shown).toBeGreaterThan(50);
    expect(shown + newsletter.omitted).toBe(400);
    expect(Buffer.byteLength(renderNewsletterHtml(keepStories(planned, shown + 1)))).toBeGreaterThan(MAX_HTML_BYTES);
    expect(html).toContain(`${newsletter.omitted} more stories in the online edition`);
    expect(html).toContain('href="https://news.example.net/2025/03/11/"');
    expect(renderNewsletterText(newsletter)).toContain(
      `${newsletter.omitted} more stories in the online edition:\nhttps://news.example.net/2025/03/11/`,
    );
  });

  it("keeps the leading stories of every section rather than dropping the last sections", () => {
    expect(newsletter.sections.map((section) => section.name)).toEqual(planned.sections.map((section) => section.name));
    newsletter.sections.forEach((section, index) => {
      expect(section.stories.length).toBeGreaterThan(10);
      expect(section.stories).toEqual(planned.sections[index]!.stories.slice(0, section.stories.length));
    });
  });

  it("keeps the foot with its links", () => {
    expect(html).toContain("https://news.example.net/editions.xml");
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
  });
});

describe("a short edition", () => {
  it("is drawn whole", () => {
    const planned = planNewsletter(editionOf(6), settings, siteHome(settings, "/digest/"));
    const { newsletter, html } = fitNewsletter(planned, (n) => renderNewsletterHtml(n));
    expect(newsletter.omitted).toBe(0);
    expect(html).not.toContain("in the online edition");
    for (let index = 0; index < 6; index++)
      expect(html).toContain(`https://news.example.net/digest/2025/03/11/story-${index}/`);
  });
});

describe("stories that other sources reported too", () => {
  const alsoReportedBy = [
    { source: "Harbour Post", title: "District votes its budget", url: "/2025/03/11/harbour-post-budget/" },
  ];
  const planned = planNewsletter(
    editionOf(3, (index) => (index === 1 ? { alsoReportedBy } : {})),
    settings,
    siteHome(settings),
  );

  it("list the other reports, linked, in the HTML and the text", () => {
    const html = renderNewsletterHtml(planned);
    expect(html.match(/Also reported by/g)).toHaveLength(1);
    expect(html).toContain('<a href="https://news.example.net/2025/03/11/harbour-post-budget/"');
    const text = renderNewsletterText(planned);
    expect(text).toContain(
      "Also reported by:\n- Harbour Post: District votes its budget\n  https://news.example.net/2025/03/11/harbour-post-budget/",
    );
  });
});
