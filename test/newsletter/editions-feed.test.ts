// /editions.xml on the built sample digest (at the root and under /digest/) and on a small site with a draft.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { readArticleText } from "../../src/model/article-file.ts";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { buildContent, type BuiltSite } from "../helpers/build-site.ts";

interface Entry {
  id: string;
  title: string;
  updated: string;
  link: { "@_href": string; "@_rel": string };
  content: { "#text": string; "@_type": string };
}

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" });
const readFeed = async (site: string) => parser.parse(await readFile(join(site, "editions.xml"), "utf8")).feed;
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/** The sample's story URLs by day, from content/articles (the sample's zone is UTC, so the folder is the day). */
async function storiesByDay(home: string): Promise<Map<string, string[]>> {
  const byDay = new Map<string, string[]>();
  for (const year of (await readdir("content/articles")).filter((name) => /^\d{4}$/.test(name))) {
    for (const month of await readdir(join("content/articles", year))) {
      for (const day of await readdir(join("content/articles", year, month))) {
        const files = (await readdir(join("content/articles", year, month, day))).filter((name) =>
          name.endsWith(".md"),
        );
        const published = [];
        for (const file of files) {
          if (
            readArticleText(await readFile(join("content/articles", year, month, day, file), "utf8")).data["draft"] !==
            true
          )
            published.push(file);
        }
        byDay.set(
          `${year}-${month}-${day}`,
          published.map((file) => `${home}${year}/${month}/${day}/${file.replace(/\.md$/, "")}/`),
        );
      }
    }
  }
  return byDay;
}

describe("/editions.xml of the sample digest", () => {
  let feed: Record<string, unknown> & { entry: Entry[] };
  let byDay: Map<string, string[]>;
  beforeAll(async () => {
    feed = await readFeed(inject("sampleSite"));
    byDay = await storiesByDay("https://example.org/");
  });

  it("is an Atom feed with the elements Atom requires", () => {
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed["id"]).toBe("https://example.org/editions.xml");
    expect(String(feed["title"])).toContain("The Broadsheet Sample Digest");
    expect(String(feed["updated"])).toMatch(RFC3339);
    expect((feed["author"] as { name: string }).name).toBeTruthy();
    const links = feed["link"] as { "@_rel": string; "@_href": string }[];
    expect(links.find((link) => link["@_rel"] === "self")!["@_href"]).toBe("https://example.org/editions.xml");
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^https:\/\/example\.org\//);
      expect(entry.title).toBeTruthy();
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.content["@_type"]).toBe("html");
    }
    expect(new Set(feed.entry.map((entry) => entry.id)).size).toBe(feed.entry.length);
  });

  it("has one entry per edition, newest first, up to 50", () => {
    const days = [...byDay.keys()].sort().reverse();
    expect(feed.entry.map((entry) => entry.link["@_href"])).toEqual(
      days.slice(0, 50).map((day) => `https://example.org/${day.replace(/-/g, "/")}/`),
    );
  });

  it("carries each edition's day in brief and all its stories, linked to pages that exist", () => {
    const site = inject("sampleSite");
    for (const entry of feed.entry) {
      const day = new URL(entry.link["@_href"]).pathname.slice(1, -1).replace(/\//g, "-");
      const { document } = parseHTML(`<!doctype html><html><body>${entry.content["#text"]}</body></html>`);
      expect(document.querySelector("h2")!.textContent).toBe("The day in brief");
      const hrefs = [...document.querySelectorAll("a")].map((a) => a.getAttribute("href")!);
      for (const url of byDay.get(day)!) expect(hrefs).toContain(url);
      for (const href of hrefs) expect(existsSync(join(site, new URL(href).pathname, "index.html")), href).toBe(true);
    }
  });

  it("is linked from the home page's head", async () => {
    const { document } = parseHTML(await readFile(join(inject("sampleSite"), "index.html"), "utf8"));
    expect(
      document.querySelector('head link[rel="alternate"][type="application/atom+xml"][href="/editions.xml"]'),
    ).not.toBeNull();
  });
});

describe("/editions.xml under a path prefix", () => {
  it("lives under the prefix, and every link in it carries the prefix", async () => {
    const site = inject("prefixedSite");
    const feed = await readFeed(site);
    expect(feed.id).toBe("https://example.org/digest/editions.xml");
    const hrefs = (feed.entry as Entry[]).flatMap((entry) => [
      entry.link["@_href"],
      ...[...entry.content["#text"].matchAll(/href="([^"]+)"/g)].map((match) => match[1]!),
    ]);
    expect(hrefs.length).toBeGreaterThan(100);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/example\.org\/digest\//);
    const { document } = parseHTML(await readFile(join(site, "index.html"), "utf8"));
    expect(document.querySelector('head link[href="/digest/editions.xml"]')).not.toBeNull();
  });
});

describe("/editions.xml of a site with a draft", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    const article = (title: string, extra = "") =>
      `---\ntitle: "${title}"\ndate: 2025-03-11T09:00:00Z\n${extra}---\n\n${title} happened today, officials said. More details followed later in the day.\n`;
    site = await buildContent(
      "editions-feed-draft",
      {
        "2025/03/11/harbour.md": article("New harbour opens to ferries"),
        "2025/03/11/draft.md": article("Unfinished draft about the bridge", "draft: true\n"),
      },
      { url: "https://town.example.net" },
      ["--no-search"],
    );
  });

  it("leaves the draft out", async () => {
    expect(site.code).toBe(0);
    const xml = await readFile(join(site.output, "editions.xml"), "utf8");
    expect(xml).toContain("New harbour opens to ferries");
    expect(xml).not.toContain("Unfinished draft");
  });
});
