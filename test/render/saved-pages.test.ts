// Real-shaped saved news pages, imported as a user would: their many metadata tags build into a few sound topics.
import { execFile } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { isCode } from "../../src/render/topics/resolve-tag.ts";
import { runBuild, TEST_ROOT, type BuiltSite } from "../helpers/build-site.ts";
import { listFiles } from "../helpers/read-site.ts";

const run = promisify(execFile);
const PAGES = "test/fixtures/topics/saved-pages";
/** At most this many topic pages for the set (the bar for a far larger set of saved pages). */
const MAX_TOPIC_PAGES = 40;

describe("saved news pages from many sites", () => {
  let site: BuiltSite;
  let tags: string[];
  beforeAll(async () => {
    const root = join(TEST_ROOT, "saved-pages");
    const content = join(root, "content");
    await rm(root, { recursive: true, force: true });
    await mkdir(join(content, "_data"), { recursive: true });
    await mkdir(join(content, "articles"), { recursive: true });
    await writeFile(join(content, "_data", "site.json"), JSON.stringify({ title: "Saved pages" }));
    await run("node", [
      "bin/broadsheet.js",
      "import",
      PAGES,
      "--out",
      join(content, "articles"),
      "--report",
      join(root, "report.json"),
    ]);
    const files = (await listFiles(join(content, "articles"))).filter((file) => file.endsWith(".md"));
    const texts = await Promise.all(files.map((file) => readFile(join(content, "articles", file), "utf8")));
    tags = texts.flatMap((text) =>
      [...(/^tags:\n((?: {2}- .*\n)+)/m.exec(text)?.[1] ?? "").matchAll(/- (.*)/g)].map((m) =>
        m[1]!.replace(/^["']|["']$/g, ""),
      ),
    );
    site = await runBuild(content, join(root, "site"), ["--no-search"]);
  });

  it("bring many tags of every kind: codes, site sections, authors, tags in Korean, Russian and Japanese", () => {
    expect(new Set(tags).size).toBeGreaterThan(100);
    expect(tags).toContain("_no-apple-news");
    expect(tags).toContain("PFI-XAMP");
    expect(tags).toContain("Front Page");
    expect(tags.some((tag) => /\p{Script=Hangul}/u.test(tag))).toBe(true);
    expect(tags.some((tag) => /\p{Script=Cyrillic}/u.test(tag))).toBe(true);
    expect(tags.some((tag) => /\p{Script=Han}|\p{Script=Katakana}/u.test(tag))).toBe(true);
  });

  it(`build into at most ${MAX_TOPIC_PAGES} topic pages, none named by a hash, a code, a site section or an author`, async () => {
    expect(site.code).toBe(0);
    const index = await readFile(join(site.output, "topics", "index.html"), "utf8");
    const topics = [...index.matchAll(/<li><a href="\/topics\/([^/]+)\/">([^<]+)<\/a>/g)].map((m) => ({
      slug: m[1]!,
      name: m[2]!,
    }));
    expect(topics.length).toBeGreaterThanOrEqual(5);
    expect(topics.length).toBeLessThanOrEqual(MAX_TOPIC_PAGES);
    for (const { slug, name } of topics) {
      expect(slug, name).not.toMatch(/^[0-9a-f]{8}$/);
      expect(isCode(name), name).toBe(false);
      expect(name, name).toMatch(/^\p{Script=Latin}/u);
      expect(["Front Page", "Top Stories", "Trending", "World News", "US News"]).not.toContain(name);
      expect(["Priya Raman", "Tom Ellery", "Maria Gomez", "Kim Ji-woo", "Anna Volkova", "Sato Yuki"]).not.toContain(
        name,
      );
    }
    const names = topics.map((topic) => topic.name);
    // Tags two sites share become a topic of their own; the sites' own words fold into the vocabulary.
    expect(names).toEqual(
      expect.arrayContaining(["Elections", "Politics", "Sport", "Business", "Immigration", "Artificial intelligence"]),
    );
    expect(names).not.toContain("Porthaven");
  });
});
