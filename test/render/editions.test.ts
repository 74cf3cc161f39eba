// Editions, drafts, feeds and meta, on small sites built for real from hand-written articles.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildContent, type BuiltSite } from "../helpers/build-site.ts";
import { listFiles } from "../helpers/read-site.ts";

const article = (
  title: string,
  date: string,
  extra = "",
  body = `${title} happened today, officials said. More details followed later in the day.`,
) => `---\ntitle: "${title}"\ndate: ${date}\n${extra}---\n\n${body}\n`;

describe("a site in New York time", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildContent(
      "new-york",
      {
        "2025/03/10/late-vote.md": article(
          "Council passes late-night budget vote",
          "2025-03-10T23:30:00-04:00",
          "tags: [city hall]\n",
        ),
        "2025/03/11/morning-fire.md": article("Morning fire closes downtown station", "2025-03-11T08:00:00-04:00"),
        "2025/03/11/draft-story.md": article(
          "Unfinished draft about the harbour",
          "2025-03-11T09:00:00-04:00",
          "draft: true\n",
        ),
        "2025/03/09/weekend.md": article(
          "Weekend marathon draws record crowd",
          "2025-03-09T12:00:00-04:00",
          "tags: [City Hall]\n",
        ),
      },
      { timezone: "America/New_York", url: "https://news.example.org" },
    );
  });
  const page = (path: string) => readFile(join(site.output, path), "utf8");

  it("builds without problems", () => {
    expect(site.stderr).not.toContain("problem");
    expect(site.code).toBe(0);
  });

  it("files a story at 23:30 local time in that day's edition, though it is the next day in UTC", async () => {
    const tenth = await page("2025/03/10/index.html");
    expect(tenth).toContain("Council passes late-night budget vote");
    const eleventh = await page("2025/03/11/index.html");
    expect(eleventh).not.toContain("Council passes late-night budget vote");
    expect(eleventh).toContain("Morning fire closes downtown station");
  });

  it("links each edition to the previous and the next day with stories", async () => {
    const tenth = await page("2025/03/10/index.html");
    expect(tenth).toMatch(/<a rel="prev" href="\/2025\/03\/09\/">/);
    expect(tenth).toMatch(/<a rel="next" href="\/2025\/03\/11\/">/);
  });

  it("opens the home page on the latest edition", async () => {
    const home = await page("index.html");
    expect(home).toContain("Latest edition");
    expect(home).toContain("Morning fire closes downtown station");
  });

  it("leaves drafts out of a production build: no page, no listing, no feed entry", async () => {
    const files = await listFiles(site.output);
    expect(files.some((file) => file.includes("draft-story"))).toBe(false);
    for (const file of files.filter((path) => /\.(html|xml|json)$/.test(path) && !path.startsWith("pagefind/"))) {
      expect(await page(file), file).not.toContain("Unfinished draft about the harbour");
    }
  });

  it("gives the editor's topic of two stories a page that lists them, newest first, whatever the case of the tag", async () => {
    const topic = await page("topics/city-hall/index.html");
    expect(topic).toMatch(/Council passes late-night budget vote[\s\S]*Weekend marathon draws record crowd/);
    const index = await page("topics/index.html");
    expect(index).toContain('href="/topics/city-hall/"');
  });

  it("writes an Atom feed and a JSON Feed with absolute links to the stories", async () => {
    const atom = await page("feed.xml");
    expect(atom).toContain('<link href="https://news.example.org/2025/03/11/morning-fire/"');
    const json = JSON.parse(await page("feed.json")) as { version: string; items: { url: string; title: string }[] };
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    expect(json.items.map((item) => item.title)).toEqual([
      "Morning fire closes downtown station",
      "Council passes late-night budget vote",
      "Weekend marathon draws record crowd",
    ]);
    expect(json.items[0]!.url).toBe("https://news.example.org/2025/03/11/morning-fire/");
  });

  it("lists every story in sitemap.xml and points robots.txt at it", async () => {
    const sitemap = await page("sitemap.xml");
    expect(sitemap).toContain("<loc>https://news.example.org/2025/03/10/late-vote/</loc>");
    expect(sitemap).toContain("<loc>https://news.example.org/2025/03/10/</loc>");
    expect(await page("robots.txt")).toContain("Sitemap: https://news.example.org/sitemap.xml");
  });

  it("gives an article page a canonical URL, Open Graph tags and NewsArticle JSON-LD", async () => {
    const html = await page("2025/03/10/late-vote/index.html");
    expect(html).toContain('<link rel="canonical" href="https://news.example.org/2025/03/10/late-vote/">');
    expect(html).toContain('<meta property="og:type" content="article">');
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
    const data = JSON.parse(jsonLd!) as Record<string, unknown>;
    expect(data["@type"]).toBe("NewsArticle");
    expect(data["headline"]).toBe("Council passes late-night budget vote");
    // A known time, in the site's zone with its offset.
    expect(data["datePublished"]).toBe("2025-03-10T23:30:00-04:00");
  });
});

describe("a preview build with --drafts", () => {
  it("includes the drafts", async () => {
    const site = await buildContent(
      "drafts",
      { "2025/01/02/draft.md": article("A draft for the desk", "2025-01-02T10:00:00Z", "draft: true\n") },
      {},
      ["--drafts"],
    );
    expect(await readFile(join(site.output, "2025/01/02/draft/index.html"), "utf8")).toContain("A draft for the desk");
  });
});

describe("an article with invalid front matter", () => {
  it("is left out with a message naming the file and the field, and the build exits 1", async () => {
    const site = await buildContent("invalid", {
      "2025/01/01/good.md": article("A good story", "2025-01-01T10:00:00Z"),
      "2025/01/01/bad.md": `---\ntitle: "Tags gone wrong"\ndate: 2025-01-01T11:00:00Z\ntags: 5\n---\n\nText.\n`,
    });
    expect(site.code).toBe(1);
    expect(site.stderr).toMatch(/articles\/2025\/01\/01\/bad\.md: tags: must be a list/);
    expect(await readFile(join(site.output, "2025/01/01/good/index.html"), "utf8")).toContain("A good story");
  });
});

describe("dates without a time, on a site west of UTC", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildContent(
      "date-only",
      {
        "2025/03/12/ferry.md": article("Ferry service resumes after storm", "2025-03-12"),
        "2025/03/11/old-style.md": article("Library opens new reading room", "2025-03-11T00:00:00Z"),
        "2025/03/11/timed.md": article("Bridge closes for repairs overnight", "2025-03-11T21:15:00-04:00"),
      },
      { timezone: "America/New_York", url: "https://news.example.org" },
    );
  });
  const page = (path: string) => readFile(join(site.output, path), "utf8");

  it("files a date-only story in its own calendar day's edition, not the day before", async () => {
    expect(site.code).toBe(0);
    expect(await page("2025/03/12/index.html")).toContain("Ferry service resumes after storm");
    expect(await page("2025/03/11/index.html")).toContain("Library opens new reading room");
    expect(await page("2025/03/11/index.html")).not.toContain("Ferry service resumes after storm");
  });

  it("shows the date alone where no time is known, and the time in the site's zone where it is", async () => {
    const ferry = await page("2025/03/12/ferry/index.html");
    expect(ferry).toContain('<time datetime="2025-03-12">12 March 2025</time>');
    expect(ferry).toContain('"datePublished":"2025-03-12"');
    // The story's own dates: its page head, JSON-LD and meta (related stories below keep their own).
    const head = /<p class="story-meta">[\s\S]*?<\/p>/.exec(ferry)?.[0] ?? "";
    const times = [
      head,
      ...[...ferry.matchAll(/"datePublished":"[^"]*"|published_time" content="[^"]*"/g)].map((match) => match[0]),
    ];
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect(times.join(" ")).not.toMatch(/\d\d:\d\d/);
    const library = await page("2025/03/11/old-style/index.html");
    expect(library).toContain('<time datetime="2025-03-11">11 March 2025</time>');
    const bridge = await page("2025/03/11/timed/index.html");
    expect(bridge).toMatch(
      /<time datetime="2025-03-11T21:15:00-04:00">11 March 2025(?:,| at) 21:15 [A-Z]+(?:[+-]\d+)?<\/time>/,
    );
  });

  it("gives Atom the day's start in the site's zone for a date-only story", async () => {
    const atom = await page("feed.xml");
    expect(atom).toContain("<published>2025-03-12T04:00:00Z</published>");
    expect(atom).toContain("<published>2025-03-12T01:15:00Z</published>");
  });
});
