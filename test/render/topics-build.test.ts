// The sample digest's topics as a reader finds them: one vocabulary, no duplicates, names elsewhere, moved pages that lead on.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { PLACES } from "../../src/summarise/names/gazetteer.ts";
import { topicKey, topicParts } from "../../src/render/topics/topic-key.ts";
import { readPage } from "../helpers/read-site.ts";

const site = inject("sampleSite");

/** The entries of a kind's index page: name, address and story count. */
async function indexOf(kind: string): Promise<{ name: string; url: string; count: number }[]> {
  const html = await readPage(site, `${kind}/index.html`);
  return [...html.matchAll(/<li><a href="([^"]+)">([^<]+)<\/a> <span class="count">(\d+)<\/span>/g)].map((m) => ({
    url: m[1]!,
    name: m[2]!.replace(/&#39;/g, "'"),
    count: Number(m[3]),
  }));
}

describe("the sample digest's topics", () => {
  it("holds no two topics that are one under another spelling, plural or compound", async () => {
    const topics = await indexOf("topics");
    expect(topics.length).toBeGreaterThanOrEqual(8);
    for (const a of topics) {
      for (const b of topics) {
        if (a === b) continue;
        expect(topicKey(a.name), `${a.name} / ${b.name}`).not.toBe(topicKey(b.name));
        expect(topicParts(a.name).includes(topicKey(b.name)), `${a.name} holds ${b.name}`).toBe(false);
      }
    }
  });

  it("names every topic with a capital letter, and gives none fewer than minStoriesForPage stories", async () => {
    const settings = JSON.parse(await readFile("content/_data/site.json", "utf8")) as { minStoriesForPage?: number };
    for (const topic of await indexOf("topics")) {
      expect(topic.name, topic.name).toMatch(/^\P{Ll}/u);
      expect(topic.count, topic.name).toBeGreaterThanOrEqual(settings.minStoriesForPage ?? 2);
    }
  });

  it("lists no person or place as a topic", async () => {
    const names = new Set(
      [...(await indexOf("people")), ...(await indexOf("places"))].map((entry) => entry.name.toLowerCase()),
    );
    for (const topic of await indexOf("topics")) {
      expect(names.has(topic.name.toLowerCase()), topic.name).toBe(false);
      expect(PLACES.has(topic.name.toLowerCase()), topic.name).toBe(false);
    }
  });

  it("files the 2020 US election stories under Elections", async () => {
    const elections = (await indexOf("topics")).find((topic) => topic.name === "Elections");
    expect(elections?.count).toBeGreaterThanOrEqual(30);
    const first = await readPage(site, "topics/elections/index.html");
    const rest = await readPage(site, "topics/elections/2/index.html").catch(() => "");
    expect(first + rest).toContain("Joe Biden projected US president-elect");
    expect(first + rest).toContain("Bernie Sanders wins 2020 Nevada caucuses");
  });

  it("shows a topic on every article page", async () => {
    const page = await readPage(site, "topics/elections/index.html");
    const story = /<h[23] class="brief-title"><a href="([^"]+)"/.exec(page)![1]!;
    const article = await readPage(site, join(story, "index.html"));
    expect(article).toMatch(/<dt>Topics<\/dt>\s*<dd><ul><li><a href="\/topics\//);
  });
});

describe("pages that a merge moved", () => {
  it("lead a surname's old page to the full name's, by refresh, canonical link and a plain link", async () => {
    const page = await readPage(site, "people/trump/index.html");
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/people/donald-trump/">');
    expect(page).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/people\/donald-trump\/">/);
    expect(page).toContain('<a href="/people/donald-trump/">');
    expect(await readPage(site, "people/donald-trump/index.html")).toContain(
      '<h1 class="page-title">Donald Trump</h1>',
    );
  });

  it("lead an old topic to the topic that holds its stories, and a place tag to the place", async () => {
    expect(await readPage(site, "topics/sports/index.html")).toContain("url=/topics/sport/");
    expect(await readPage(site, "topics/politics-and-conflicts/index.html")).toContain("url=/topics/politics/");
    expect(await readPage(site, "topics/kenya/index.html")).toContain("url=/places/kenya/");
  });

  it("keep the path prefix in every address", async () => {
    const page = await readPage(inject("prefixedSite"), "topics/sports/index.html");
    expect(page).toContain("url=/digest/topics/sport/");
    expect(page).toMatch(/<link rel="canonical" href="[^"]+\/digest\/topics\/sport\/">/);
    expect(page).toContain('<a href="/digest/topics/sport/">');
  });
});
