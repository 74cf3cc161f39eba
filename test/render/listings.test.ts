// Topic, person, place and source pages: the newest stories in brief, then the older ones as headlines.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildContent, type BuiltSite } from "../helpers/build-site.ts";
import { listFiles } from "../helpers/read-site.ts";

const DAYS = ["01", "02", "03", "04", "05", "06", "07"];
const article = (day: string) =>
  `---\ntitle: "Harbour story of day ${day}"\ndate: 2025-04-${day}T09:00:00Z\ntags: [harbour]\n---\n\n` +
  `The harbour board met on day ${day} of April, officials said. Ferries ran late after the meeting.\n`;

describe("a topic with more stories than its first page holds", () => {
  let site: BuiltSite;
  const page = (path: string) => readFile(join(site.output, path), "utf8");
  const titles = (html: string) => [...html.matchAll(/Harbour story of day (\d\d)/g)].map((match) => match[1]);

  beforeAll(async () => {
    const articles = Object.fromEntries(DAYS.map((day) => [`2025/04/${day}/harbour-${day}.md`, article(day)]));
    site = await buildContent("listings", articles, { pageSize: 2, headlinePageSize: 3, minStoriesForPage: 3 }, [
      "--no-search",
    ]);
  });

  it("shows the newest stories in brief on the first page, with their summaries", async () => {
    const first = await page("topics/harbour/index.html");
    expect(site.code).toBe(0);
    expect((first.match(/<article class="brief">/g) ?? []).length).toBe(2);
    expect(titles(first)).toEqual(["07", "06"]);
    expect(first).toMatch(/class="brief-summary">The harbour board met on day 07/);
    expect(first).toContain("7 stories, newest first · page 1 of 3");
    expect(first).toContain('<a rel="next" href="/topics/harbour/2/">');
  });

  it("lists the older stories as dated headlines, headlinePageSize a page, newest first", async () => {
    const second = await page("topics/harbour/2/index.html");
    expect(second).toContain("Stories 3–5");
    expect(titles(second)).toEqual(["05", "04", "03"]);
    expect(second).toMatch(
      /<a href="\/2025\/04\/05\/harbour-05\/">Harbour story of day 05<\/a> <span class="count"><time datetime="2025-04-05T09:00:00Z">5 April 2025<\/time>/,
    );
    expect(second).not.toContain('class="brief-summary"');
    expect(second).toContain('<a rel="prev" href="/topics/harbour/">');
    const third = await page("topics/harbour/3/index.html");
    expect(titles(third)).toEqual(["02", "01"]);
    expect(third).not.toContain('rel="next"');
    expect((await listFiles(site.output)).some((file) => file.startsWith("topics/harbour/4/"))).toBe(false);
  });

  it("says on the people and places indexes how many stories a name needs for a page", async () => {
    expect(await page("people/index.html")).toMatch(
      /<p class="edition-count">\d+ people named in 3 stories or more<\/p>/,
    );
    expect(await page("places/index.html")).toMatch(
      /<p class="edition-count">\d+ places named in 3 stories or more<\/p>/,
    );
  });

  it("draws a story's brief the same on its edition as on its topic page, heading level aside", async () => {
    const brief = (html: string) =>
      /<article class="brief">[\s\S]*?<\/article>/.exec(html)?.[0].replace(/<(\/?)h\d/g, "<$1h");
    const edition = await page("2025/04/07/index.html");
    const topic = await page("topics/harbour/index.html");
    expect(brief(edition)).toContain("Harbour story of day 07");
    expect(brief(edition)).toBe(brief(topic));
    expect(edition).toMatch(/<h3 class="brief-title">/);
    expect(topic).toMatch(/<h2 class="brief-title">/);
  });
});
