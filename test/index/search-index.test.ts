// The index stage: only article text and metadata go into Pagefind's index, in the site's language, and only the files search uses are kept.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, inject, it } from "vitest";
import { buildSearchIndex } from "../../src/index/build-search-index.ts";
import { pruneSearchBundle } from "../../src/index/prune-search-bundle.ts";
import { searchRecord } from "../../src/index/search-record.ts";
import type { Story } from "../../src/model/make-story.ts";
import { listFiles, readPage } from "../helpers/read-site.ts";
import { shardStory } from "../helpers/shard-story.ts";

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Pagefind's fragments are gzipped JSON after a "pagefind_dcd" signature. */
async function readFragments(bundle: string): Promise<Fragment[]> {
  const names = await readdir(join(bundle, "fragment"));
  return Promise.all(
    names.map(
      async (name) =>
        JSON.parse(
          gunzipSync(await readFile(join(bundle, "fragment", name)))
            .toString("utf8")
            .replace(/^pagefind_dcd/, ""),
        ) as Fragment,
    ),
  );
}

const temporary: string[] = [];
afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function folderOf(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "broadsheet-index-"));
  temporary.push(dir);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, ".."), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

const settings = { timezone: "UTC", locale: "en-GB", language: "en" };
const story = (overrides: Partial<Story>): Story =>
  shardStory("2025-09", 3, {
    inputPath: "content/articles/2025/09/13/harbour.md",
    url: "/2025/09/13/harbour/",
    title: "Harbour reopens",
    summary: ["The harbour reopened."],
    ...overrides,
  });

describe("the sample digest's search index", () => {
  it("holds every article page and nothing else", async () => {
    const site = inject("sampleSite");
    const articlePages: string[] = [];
    for (const file of (await listFiles(site)).filter((path) => path.endsWith(".html"))) {
      if ((await readPage(site, file)).includes(`<article class="story">`))
        articlePages.push(`/${file.replace(/index\.html$/, "")}`);
    }
    const fragments = await readFragments(join(site, "pagefind"));
    expect(articlePages.length).toBeGreaterThan(300);
    expect(fragments.map((fragment) => fragment.url).sort()).toEqual(articlePages.sort());
  });

  it("indexes the story's text, not the page's navigation, footer, reading time or generated summary", async () => {
    const fragments = await readFragments(join(inject("sampleSite"), "pagefind"));
    const seed = fragments.find((fragment) => fragment.url.includes("kh-asif-stresses-pakistan"))!;
    expect(seed.content).toContain("TTP terrorists");
    for (const fragment of fragments) {
      for (const furniture of ["Skip to content", "Made with Broadsheet", "Related stories", "Atom feed"])
        expect(fragment.content).not.toContain(furniture);
      expect(fragment.content).not.toMatch(/\d min read/);
    }
    expect(seed.meta).toMatchObject({
      title: "Kh Asif stresses Pakistan seeks ‘respectful, brotherly’ ties with Afghanistan",
      dateline: "Sialkot",
    });
    expect(seed.meta["datetime"]).toMatch(/^2025-09-13T\d\d:\d\d:\d\dZ$/);
    expect(seed.meta["summary"]).toContain("Khawaja Asif");
    expect(seed.filters["month"]).toEqual(["2025-09"]);
    expect(seed.filters["place"]).toContain("Kabul");
  });

  it("ships only the files the search page loads", async () => {
    const files = await readdir(join(inject("sampleSite"), "pagefind"));
    expect(files).toEqual(
      expect.arrayContaining([
        "pagefind.js",
        "pagefind-worker.js",
        "pagefind-entry.json",
        "wasm.en.pagefind",
        "index",
        "fragment",
        "filter",
      ]),
    );
    expect(files.filter((name) => /ui|highlight|wasm\.unknown/.test(name))).toEqual([]);
  });
});

describe("buildSearchIndex", () => {
  it("puts stories in other languages into the site's language, so the one search page finds them", async () => {
    const bundle = join(await folderOf({}), "pagefind");
    const records = [
      searchRecord(story({}), "<p>The harbour reopened on Monday.</p>", settings),
      searchRecord(
        story({ url: "/2025/09/13/le-port/", title: "Le port rouvre", language: "fr" }),
        "<p>Le port a rouvert lundi.</p>",
        settings,
      ),
    ];
    const result = await buildSearchIndex(records, bundle, { language: "en" });
    expect(result.errors).toEqual([]);
    expect(result.pages).toBe(2);
    const entry = JSON.parse(await readFile(join(bundle, "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(["en"]);
    expect(entry.languages["en"]?.page_count).toBe(2);
  });

  it("indexes headline, highlights and text, with the story's facts as metadata and filters, and starts from an empty bundle", async () => {
    const bundle = join(await folderOf({ "pagefind/fragment/stale.pf_fragment": "old" }), "pagefind");
    const harbour = story({
      dateline: "Dover",
      highlights: ["Ferries sail again"],
      source: { name: "Wikinews" },
      people: [{ name: "Ann Lee", slug: "ann-lee" }],
      places: [{ name: "Dover", slug: "dover" }],
    });
    await buildSearchIndex(
      [searchRecord(harbour, "<p>The harbour reopened on <em>Monday</em> &amp; ferries sailed.</p>", settings)],
      bundle,
      { language: "en" },
    );
    const fragments = await readFragments(bundle);
    expect(fragments).toHaveLength(1);
    const [fragment] = fragments;
    expect(fragment?.url).toBe("/2025/09/13/harbour/");
    expect(fragment?.content).toBe(
      "Harbour reopens. Ferries sail again. The harbour reopened on Monday & ferries sailed.",
    );
    expect(fragment?.meta).toMatchObject({
      title: "Harbour reopens",
      dateline: "Dover",
      date: "13 September 2025",
      datetime: "2025-09-13T10:00:00Z",
      source: "Wikinews",
      summary: "The harbour reopened.",
    });
    expect(fragment?.filters).toEqual({
      month: ["2025-09"],
      source: ["Wikinews"],
      topic: ["News"],
      person: ["Ann Lee"],
      place: ["Dover"],
    });
  });

  it("keeps markup in a story's fields as text", async () => {
    const bundle = join(await folderOf({}), "pagefind");
    const hostile = story({ title: `<img src=x onerror=alert(1)> "Quotes" & more`, dateline: "</span><b>x</b>" });
    await buildSearchIndex([searchRecord(hostile, "<p>Body.</p>", settings)], bundle, { language: "en" });
    const [fragment] = await readFragments(bundle);
    expect(fragment?.meta["title"]).toBe(`<img src=x onerror=alert(1)> "Quotes" & more`);
    expect(fragment?.meta["dateline"]).toBe("</span><b>x</b>");
  });
});

describe("pruneSearchBundle", () => {
  it("removes Pagefind's UI bundles and the wasm of languages the index does not hold", async () => {
    const bundle = await folderOf({
      "pagefind-entry.json": JSON.stringify({ languages: { en: { hash: "en_1", wasm: "en", page_count: 1 } } }),
      "pagefind.js": "",
      "pagefind-worker.js": "",
      "pagefind-ui.js": "",
      "pagefind-ui.css": "",
      "pagefind-modular-ui.js": "",
      "pagefind-component-ui.css": "",
      "pagefind-highlight.js": "",
      "wasm.en.pagefind": "",
      "wasm.unknown.pagefind": "",
      "pagefind.en_1.pf_meta": "",
    });
    expect(await pruneSearchBundle(bundle)).toEqual([
      "pagefind-component-ui.css",
      "pagefind-highlight.js",
      "pagefind-modular-ui.js",
      "pagefind-ui.css",
      "pagefind-ui.js",
      "wasm.unknown.pagefind",
    ]);
    expect((await readdir(bundle)).sort()).toEqual([
      "pagefind-entry.json",
      "pagefind-worker.js",
      "pagefind.en_1.pf_meta",
      "pagefind.js",
      "wasm.en.pagefind",
    ]);
  });
});
