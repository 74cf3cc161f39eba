// Broadsheet as a plugin of another Eleventy site: the packed tarball installed into a host project with its own
// page, layout and collection, built with plain Node by Eleventy's own command, at the root and under a prefix.
import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser } from "../helpers/browser.ts";
import { crawlLinks } from "../helpers/crawl-links.ts";
import { installPacked, packBroadsheet } from "../helpers/install-packed.ts";
import { listFiles } from "../helpers/read-site.ts";
import { shownResults, waitForStatus } from "../helpers/search-page.ts";
import { serveStatic } from "../helpers/serve-static.ts";
import { freePort, waitFor } from "../helpers/wait-for.ts";

const run = promisify(execFile);
const host = await mkdtemp(join(tmpdir(), "broadsheet-host-"));
afterAll(() => rm(host, { recursive: true, force: true }));

/** The sample articles the host's digest holds: a fortnight of February 2019 and the seed story. */
const ARTICLES = [
  "2019/02/01/toronto-serial-killer-bruce-mcarthur-pleads-guilty-to-eight-murders.md",
  "2019/02/02/paris-court-jails-two-police-in-high-profile-rape-case.md",
  "2019/02/05/block-of-flats-collapses-in-aleppo-killing-eleven.md",
  "2019/02/07/nevada-becomes-first-state-in-u-s-with-majority-female-legislature.md",
  "2019/02/11/thai-political-party-withdraws-nomination-of-princess-for-prime-minister.md",
  "2019/02/13/hotel-fire-kills-at-least-seventeen-in-karol-bagh-new-delhi.md",
  "2025/09/13/kh-asif-stresses-pakistan-seeks-respectful-brotherly-ties-with-afghanistan.md",
];

const HOST_FILES: Record<string, string> = {
  // Two builds into two folders: neither is an input of the other.
  ".eleventyignore": "_site\n_site-prefixed\n.cache\n",
  "eleventy.config.js": `import broadsheet from "broadsheet/eleventy";
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(broadsheet, { content: "news", path: "/news/", title: "Harbour Town News", url: "https://harbour.example.org" });
  eleventyConfig.addCollection("notes", (api) => api.getFilteredByGlob("notes/*.md"));
  // The host's own filters and collection, under names common in Eleventy sites: the digest keeps to its own.
  eleventyConfig.addFilter("head", (items, count) => items.slice(-count));
  eleventyConfig.addFilter("markdown", (text) => \`<p class="host-markdown">\${text}</p>\`);
  eleventyConfig.addCollection("stories", (api) => api.getFilteredByGlob("notes/*.md").sort((a, b) => a.data.title.localeCompare(b.data.title)));
}
`,
  "_includes/base.njk": `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }} · Harbour Town</title></head>
<body class="host-layout"><nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/news/search/">Search the news</a></nav>
<main>{{ content | safe }}</main></body></html>
`,
  "index.njk": `---
layout: base.njk
title: Welcome
---
<h1>Harbour Town, the host's own page</h1>
<ul class="notes">{% for note in collections.notes %}<li><a href="{{ note.url }}">{{ note.data.title }}</a></li>{% endfor %}</ul>
<ul class="latest">{% for note in collections.stories | head(1) %}<li>{{ note.data.title }}</li>{% endfor %}</ul>
{{ "Welcome aboard" | markdown | safe }}
`,
  "notes/ferry-times.md": "---\ntitle: Ferry times\nlayout: base.njk\n---\nThe ferry leaves at nine.\n",
  "notes/market-day.md": "---\ntitle: Market day\nlayout: base.njk\n---\nThe market is on Saturdays.\n",
  // A host's layout under the digest's namespace wins over the digest's own.
  "_includes/broadsheet/credits.njk":
    "---\nlayout: broadsheet/base.njk\n---\n<h1>Credits, as the host writes them</h1>\n",
};

/** Runs Eleventy's own command in the host with plain Node (no tsx, no loader). */
async function eleventy(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, ["node_modules/@11ty/eleventy/cmd.cjs", ...args], {
    cwd: host,
    maxBuffer: 64 * 1024 * 1024,
  });
}

let files: string[] = [];

beforeAll(async () => {
  const tarball = await packBroadsheet(host);
  await installPacked(host, tarball);
  for (const [path, text] of Object.entries(HOST_FILES)) {
    await mkdir(join(host, path, ".."), { recursive: true });
    await writeFile(join(host, path), text);
  }
  for (const article of ARTICLES) {
    await mkdir(join(host, "news", "articles", article, ".."), { recursive: true });
    await cp(join("content", "articles", article), join(host, "news", "articles", article));
  }
  await eleventy([]);
  await eleventy(["--pathprefix=/town/", "--output=_site-prefixed"]);
  files = await listFiles(join(host, "_site"));
}, 600_000);

const read = (path: string) => readFile(join(host, "_site", path), "utf8");

describe("Broadsheet in a host Eleventy site", () => {
  it("keeps the host's own page, layout, collections and filters, even where their names are common ones", async () => {
    const home = await read("index.html");
    expect(home).toContain('<ul class="latest"><li>Market day</li></ul>');
    expect(home).toContain('<p class="host-markdown">Welcome aboard</p>');
    expect(home).toContain("Harbour Town, the host's own page");
    expect(home).toContain('class="host-layout"');
    expect(home).toContain('<a href="/notes/ferry-times/">Ferry times</a>');
    expect(home).toContain('<a href="/notes/market-day/">Market day</a>');
    expect(await read("notes/market-day/index.html")).toContain('class="host-layout"');
  });

  it("draws the digest under /news/ with its own layouts, and every article has a page there", async () => {
    const front = await read("news/index.html");
    expect(front).toContain("<title>Harbour Town News</title>");
    expect(front).toContain('class="masthead"');
    expect(front).not.toContain("host-layout");
    for (const article of ARTICLES) {
      const page = `news/${article.replace(/\.md$/, "/index.html")}`;
      expect(files, page).toContain(page);
      const title = /^title: "?(.+?)"?$/m.exec(await readFile(join("content", "articles", article), "utf8"))![1]!;
      expect(await read(page)).toContain(title.replace(/'/g, "&#39;").slice(0, 30));
    }
    expect(await read("news/credits/index.html")).toContain("Credits, as the host writes them");
  });

  it("puts its feeds, sitemap and search index under /news/, their addresses too", async () => {
    for (const feed of ["news/feed.xml", "news/feed.json", "news/sitemap.xml", "news/editions.xml"]) {
      const text = await read(feed);
      const addresses = [...text.matchAll(/https:\/\/harbour\.example\.org[^"<\s]*/g)].map((match) => match[0]);
      expect(addresses.length, feed).toBeGreaterThan(0);
      for (const address of addresses) expect(address, feed).toMatch(/^https:\/\/harbour\.example\.org\/news\//);
    }
    const entry = JSON.parse(await read("news/pagefind/pagefind-entry.json")) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(
      ARTICLES.length,
    );
    expect(files).toContain("news/pagefind/pagefind.js");
  });

  it("builds the same content with the installed package's own command, on plain Node without tsx", async () => {
    expect(existsSync(join(host, "node_modules", "tsx"))).toBe(false);
    const output = await mkdtemp(join(tmpdir(), "broadsheet-cli-"));
    try {
      const bin = join(host, "node_modules", "broadsheet", "bin", "broadsheet.js");
      await run(process.execPath, [bin, "build", "--content", "news", "--output", output, "--no-import"], {
        cwd: host,
        maxBuffer: 64 * 1024 * 1024,
      });
      for (const article of ARTICLES)
        expect(existsSync(join(output, article.replace(/\.md$/, "/index.html"))), article).toBe(true);
      // The index is built by the command's own child processes, after the one that drew the pages has ended.
      const entry = JSON.parse(await readFile(join(output, "pagefind", "pagefind-entry.json"), "utf8")) as {
        languages: Record<string, { page_count: number }>;
      };
      expect(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(
        ARTICLES.length,
      );
    } finally {
      await rm(output, { recursive: true, force: true });
    }
  });

  it("writes nothing outside /news/ but the host's own pages", () => {
    const outside = files.filter((file) => !file.startsWith("news/"));
    expect(outside.sort()).toEqual(["index.html", "notes/ferry-times/index.html", "notes/market-day/index.html"]);
  });

  it("has every internal link resolving, at the root and under the host's path prefix", async () => {
    const root = await crawlLinks(join(host, "_site"));
    expect(root.broken).toEqual([]);
    expect(root.pages).toBeGreaterThan(ARTICLES.length + 3);
    const prefixed = await crawlLinks(join(host, "_site-prefixed"), "/town/");
    expect(prefixed.broken).toEqual([]);
    expect(prefixed.links).toBe(root.links);
    const front = await readFile(join(host, "_site-prefixed", "news", "index.html"), "utf8");
    expect(front).toContain('href="/town/news/search/"');
    expect(front).toContain('href="/town/news/assets/site.css"');
  });

  it("finds a story from the search page under /news/, in Chromium, served under the host's prefix", async () => {
    const server = await serveStatic(join(host, "_site-prefixed"), "/town/");
    const browser = await openBrowser();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}news/search/?q=Aleppo`);
      await waitForStatus(page, "for “Aleppo”");
      const results = await shownResults(page);
      expect(results.map((result) => result.href)).toContain(
        "/town/news/2019/02/05/block-of-flats-collapses-in-aleppo-killing-eleven/",
      );
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it("redraws an article's page in the host's --serve when its file changes", async () => {
    const port = await freePort();
    const server = spawn(
      process.execPath,
      ["node_modules/@11ty/eleventy/cmd.cjs", "--serve", `--port=${port}`, "--output=_site-serve", "--quiet"],
      { cwd: host, stdio: "ignore" },
    );
    try {
      const article = join(host, "news", "articles", ARTICLES[2]!);
      const page = `http://localhost:${port}/news/${ARTICLES[2]!.replace(/\.md$/, "/")}`;
      const shows = (text: string) => async () => (await (await fetch(page)).text()).includes(text);
      expect(await waitFor(shows("Aleppo"), 120_000)).toBe(true);
      const text = await readFile(article, "utf8");
      await writeFile(article, text.replace(/^title: .*$/m, 'title: "Flats fall in Aleppo, edited while serving"'));
      expect(await waitFor(shows("Flats fall in Aleppo, edited while serving"), 60_000)).toBe(true);
    } finally {
      server.kill();
    }
  }, 240_000);
});
