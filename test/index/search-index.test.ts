// The index stage: only article text and metadata go into Pagefind's index, in the site's language, and only the files search uses are kept.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, inject, it } from "vitest";
import { buildSearchIndex } from "../../src/index/build-search-index.ts";
import { pruneSearchBundle } from "../../src/index/prune-search-bundle.ts";
import { DATED_ARTICLE_PAGES, pagesToIndex } from "../../src/index/search-index-plugin.ts";
import { listFiles, readPage } from "../helpers/read-site.ts";

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
    names.map(async (name) => JSON.parse(gunzipSync(await readFile(join(bundle, "fragment", name))).toString("utf8").replace(/^pagefind_dcd/, "")) as Fragment),
  );
}

const temporary: string[] = [];
afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function siteOf(pages: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "broadsheet-index-"));
  temporary.push(dir);
  for (const [path, html] of Object.entries(pages)) {
    await mkdir(join(dir, path, ".."), { recursive: true });
    await writeFile(join(dir, path), html);
  }
  return dir;
}

const article = (lang: string, title: string, text: string) =>
  `<!doctype html><html lang="${lang}"><body><nav>Menu</nav><article data-pagefind-body><h1>${title}</h1><p class="story-meta">2 min read</p><p>${text}</p></article></body></html>`;

describe("the sample digest's search index", () => {
  it("holds every article page and nothing else", async () => {
    const site = inject("sampleSite");
    const articlePages: string[] = [];
    for (const file of (await listFiles(site)).filter((path) => path.endsWith(".html"))) {
      if ((await readPage(site, file)).includes("data-pagefind-body")) articlePages.push(`/${file.replace(/index\.html$/, "")}`);
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
      for (const furniture of ["Skip to content", "Made with Broadsheet", "Related stories", "Atom feed"]) expect(fragment.content).not.toContain(furniture);
      expect(fragment.content).not.toMatch(/\d min read/);
    }
    expect(seed.meta).toMatchObject({ title: "Kh Asif stresses Pakistan seeks ‘respectful, brotherly’ ties with Afghanistan", dateline: "Sialkot" });
    expect(seed.meta["datetime"]).toMatch(/^2025-09-13T\d\d:\d\d:\d\dZ$/);
    expect(seed.meta["summary"]).toContain("Khawaja Asif");
    expect(seed.filters["month"]).toEqual(["2025-09"]);
    expect(seed.filters["place"]).toContain("Kabul");
  });

  it("ships only the files the search page loads", async () => {
    const files = await readdir(join(inject("sampleSite"), "pagefind"));
    expect(files).toEqual(expect.arrayContaining(["pagefind.js", "pagefind-worker.js", "pagefind-entry.json", "wasm.en.pagefind", "index", "fragment", "filter"]));
    expect(files.filter((name) => /ui|highlight|wasm\.unknown/.test(name))).toEqual([]);
  });
});

describe("buildSearchIndex", () => {
  it("puts pages in other languages into the site's language, so the one search page finds them", async () => {
    const site = await siteOf({
      "en/index.html": article("en", "Harbour reopens", "The harbour reopened on Monday."),
      "fr/index.html": article("fr", "Le port rouvre", "Le port a rouvert lundi."),
    });
    const result = await buildSearchIndex(site, { language: "en" });
    expect(result.errors).toEqual([]);
    expect(result.pages).toBe(2);
    const entry = JSON.parse(await readFile(join(site, "pagefind", "pagefind-entry.json"), "utf8")) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(["en"]);
    expect(entry.languages["en"]?.page_count).toBe(2);
  });

  it("leaves out the page furniture named in EXCLUDED_SELECTORS and starts from an empty bundle", async () => {
    const site = await siteOf({ "a/index.html": article("en", "Harbour reopens", "The harbour reopened on Monday.") });
    await mkdir(join(site, "pagefind", "fragment"), { recursive: true });
    await writeFile(join(site, "pagefind", "fragment", "stale.pf_fragment"), "old");
    await buildSearchIndex(site, { language: "en" });
    const fragments = await readFragments(join(site, "pagefind"));
    expect(fragments).toHaveLength(1);
    expect(fragments[0]?.content).toBe("Harbour reopens. The harbour reopened on Monday.");
  });
});

describe("pruneSearchBundle", () => {
  it("removes Pagefind's UI bundles and the wasm of languages the index does not hold", async () => {
    const bundle = await siteOf({
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
      "pagefind-component-ui.css", "pagefind-highlight.js", "pagefind-modular-ui.js", "pagefind-ui.css", "pagefind-ui.js", "wasm.unknown.pagefind",
    ]);
    expect((await readdir(bundle)).sort()).toEqual(["pagefind-entry.json", "pagefind-worker.js", "pagefind.en_1.pf_meta", "pagefind.js", "wasm.en.pagefind"]);
  });
});

describe("pagesToIndex", () => {
  const body = "<article data-pagefind-body>…</article>";
  it("gives Pagefind only the dated article pages when every indexed page is one", () => {
    const written = [
      { outputPath: "_site/2025/09/13/kh-asif/index.html", content: body },
      { outputPath: "_site/topics/news/index.html", content: "<ul>…</ul>" },
      { outputPath: "_site/feed.xml", content: "<feed/>" },
    ];
    expect(pagesToIndex("_site", written)).toBe(DATED_ARTICLE_PAGES);
  });

  it("gives Pagefind every page when an article lives somewhere else", () => {
    const written = [
      { outputPath: "_site/2025/09/13/kh-asif/index.html", content: body },
      { outputPath: "_site/about-us/index.html", content: body },
    ];
    expect(pagesToIndex("_site", written)).toBeUndefined();
  });
});
