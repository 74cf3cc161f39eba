// The shipped sample digest, built for real by Eleventy and indexed by Pagefind, as a reader would get it.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { listFiles, readPage, seedPagePath } from "../helpers/read-site.ts";
import { repeatedSentences, visibleBlocks } from "../helpers/repeated-sentences.ts";

const site = inject("sampleSite");
const SPAM = "naturally like your web site";

describe("the built sample digest", () => {
  it("opens on the latest news: about a dozen stories in brief, each day under its date", async () => {
    const home = await readPage(site, "index.html");
    expect(home).toContain("Latest edition");
    expect(home).toContain("Kh Asif stresses Pakistan seeks");
    // The latest day has one story: its brief opens the page, with no day in brief to repeat it.
    expect(home).toContain('class="edition-count">1 story');
    expect(home).not.toContain('class="day-in-brief"');
    expect((home.match(/Kh Asif stresses Pakistan seeks/g) ?? []).length).toBe(1);
    const briefs = [...home.matchAll(/<article class="brief">[\s\S]*?<\/article>/g)].map((match) => match[0]);
    expect(briefs.length).toBeGreaterThanOrEqual(10);
    for (const brief of briefs) expect(brief).toMatch(/class="brief-summary">[^<]{40,}/);
    const earlier = /<section class="earlier"[\s\S]*?<\/section>/.exec(home)?.[0] ?? "";
    expect((earlier.match(/<h3 class="earlier-day">/g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(home).toContain('<a href="/">Latest</a>');
    expect(home).not.toContain(">Today<");
  });

  it("opens every edition of two stories or more with the day in brief: its leads, one sentence each, and its sections with counts", async () => {
    const editions = (await listFiles(site)).filter((file) => /^\d{4}\/\d\d\/\d\d\/index\.html$/.test(file));
    expect(editions.length).toBeGreaterThan(100);
    for (const file of editions) {
      const page = await readPage(site, file);
      const count = Number(/class="edition-count">(\d+)/.exec(page)?.[1]);
      const brief = /<section class="day-in-brief"[\s\S]*?<\/section>/.exec(page)?.[0] ?? "";
      const leads = (brief.match(/<li>/g) ?? []).length;
      if (count === 1) {
        // Its one story's brief follows at once: a day in brief would say it twice.
        expect(brief, file).toBe("");
        continue;
      }
      expect(leads, file).toBe(Math.min(count, Math.max(3, Math.min(5, Math.ceil(count / 3)))));
      const counts = [...brief.matchAll(/<a href="#section-\d+">[^<]+<\/a> (\d+)/g)].map((match) => Number(match[1]));
      expect(
        counts.reduce((sum, n) => sum + n, 0),
        file,
      ).toBe(count);
      expect(page.indexOf('class="day-in-brief"'), file).toBeLessThan(page.indexOf('class="edition-section"'));
    }
  });

  it("shows no time of day that was not known: the sample's dates are dates alone", async () => {
    for (const file of (await listFiles(site)).filter((path) => path.endsWith(".html"))) {
      expect(await readPage(site, file), file).not.toMatch(/\b00:00\b/);
    }
  });

  it("gives the seed article a page with headline, dateline, date, highlights, summary and full text", async () => {
    const page = await readPage(site, await seedPagePath(site));
    expect(page).toContain("<h1>Kh Asif stresses Pakistan seeks ‘respectful, brotherly’ ties with Afghanistan</h1>");
    expect(page).toMatch(/<span class="dateline"[^>]*>Sialkot<\/span>/);
    expect(page).toContain('<time datetime="2025-09-13">13 September 2025</time>');
    expect(page).toContain('"datePublished":"2025-09-13"');
    expect(page).toContain("Regrets Afghan soil being used for terrorism");
    // The generated brief is sentences of the text: the page shows the text once.
    expect(page).not.toContain('class="in-brief"');
    const body = /<section class="story-body"[\s\S]*?<\/section>/.exec(page)?.[0] ?? "";
    expect((body.match(/<p>/g) ?? []).length).toBe(11);
    expect(body).toContain("logistical links between Kabul and the TTP.");
  });

  it("never says a sentence of ten words or more twice on an article page, unless the article itself repeats it", async () => {
    const pages: string[] = [];
    const ownRepeats: string[] = [];
    const addedRepeats: string[] = [];
    for (const file of (await listFiles(site)).filter((path) => path.endsWith("index.html"))) {
      const html = await readPage(site, file);
      if (!html.includes('<article class="story">')) continue;
      pages.push(file);
      const repeated = repeatedSentences(visibleBlocks(html));
      if (repeated.length === 0) continue;
      // A sentence the story's own text says twice (a quotation repeated) is the article's, not the page's.
      const inText = new Set(repeatedSentences(visibleBlocks(html, ".story-body")));
      if (repeated.every((sentence) => inText.has(sentence))) ownRepeats.push(file);
      else addedRepeats.push(`${file}: ${repeated.find((sentence) => !inText.has(sentence))}`);
    }
    expect(pages.length).toBeGreaterThan(380);
    expect(addedRepeats).toEqual([]);
    expect(ownRepeats.length).toBeLessThanOrEqual(pages.length / 10);
  });

  it("keeps the comment spam out of every page and every article file", async () => {
    for (const file of (await listFiles(site)).filter((path) => /\.(html|json|xml)$/.test(path))) {
      expect(await readFile(join(site, file), "utf8"), file).not.toContain(SPAM);
    }
    for (const file of (await listFiles("content/articles")).filter((path) => path.endsWith(".md"))) {
      expect(await readFile(join("content/articles", file), "utf8"), file).not.toContain(SPAM);
    }
  });

  it("writes a Pagefind index that covers every article page", async () => {
    const entry = JSON.parse(await readPage(site, "pagefind/pagefind-entry.json")) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    const articles = (await listFiles("content/articles")).filter((path) => path.endsWith(".md")).length;
    expect(indexed).toBe(articles);
    expect((await listFiles(site)).some((file) => file.startsWith("pagefind/index/"))).toBe(true);
  });

  it("keeps an article page light: HTML and CSS under 50 KB, nothing loaded from elsewhere", async () => {
    const page = await readPage(site, await seedPagePath(site));
    const css = await readPage(site, "assets/site.css");
    expect(Buffer.byteLength(page) + Buffer.byteLength(css)).toBeLessThan(50 * 1024);
    const external = [...page.matchAll(/<(?:link|script|img)[^>]+(?:href|src)="(https?:[^"]+)"/g)].map(
      (match) => match[0],
    );
    expect(external.filter((tag) => !tag.includes('rel="canonical"'))).toEqual([]);
  });

  it("needs no script to read: pages other than search load none", async () => {
    for (const path of ["index.html", await seedPagePath(site), "topics/index.html", "archive/index.html"]) {
      expect(await readPage(site, path), path).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    }
  });

  it("renders nothing from the inbox", async () => {
    expect((await listFiles(site)).some((file) => file.startsWith("inbox/"))).toBe(false);
  });
});
