// The shipped sample digest, built for real by Eleventy and indexed by Pagefind, as a reader would get it.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { listFiles, readPage, seedPagePath } from "../helpers/read-site.ts";

const site = inject("sampleSite");
const SPAM = "naturally like your web site";

describe("the built sample digest", () => {
  it("has a home page that lists the latest stories with their summaries", async () => {
    const home = await readPage(site, "index.html");
    expect(home).toContain("<h1");
    const briefs = home.match(/class="brief"/g) ?? [];
    expect(briefs.length).toBeGreaterThan(5);
    expect(home).toMatch(/class="brief-summary">[^<]{40,}/);
  });

  it("gives the seed article a page with headline, dateline, date, highlights, summary and full text", async () => {
    const page = await readPage(site, await seedPagePath(site));
    expect(page).toContain("<h1 data-pagefind-weight=\"10\">Kh Asif stresses Pakistan seeks ‘respectful, brotherly’ ties with Afghanistan</h1>");
    expect(page).toContain('<span class="dateline">Sialkot</span>');
    expect(page).toMatch(/<time datetime="2025-09-13[^>]*>13 September 2025/);
    expect(page).toContain("Regrets Afghan soil being used for terrorism");
    const brief = /<section class="in-brief"[\s\S]*?<\/section>/.exec(page)?.[0] ?? "";
    expect(brief).toContain("In brief");
    expect((brief.match(/<p>/g) ?? []).length).toBe(3);
    const body = /<section class="story-body"[\s\S]*?<\/section>/.exec(page)?.[0] ?? "";
    expect((body.match(/<p>/g) ?? []).length).toBe(11);
    expect(body).toContain("logistical links between Kabul and the TTP.");
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
    const entry = JSON.parse(await readPage(site, "pagefind/pagefind-entry.json")) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    const articles = (await listFiles("content/articles")).filter((path) => path.endsWith(".md")).length;
    expect(indexed).toBe(articles);
    expect((await listFiles(site)).some((file) => file.startsWith("pagefind/index/"))).toBe(true);
  });

  it("renders nothing from the inbox", async () => {
    expect((await listFiles(site)).some((file) => file.startsWith("inbox/"))).toBe(false);
  });
});
