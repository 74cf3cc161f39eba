// No broken internal link anywhere in the sample digest, served at the root or under a path prefix.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { crawlLinks } from "../helpers/crawl-links.ts";
import { listFiles } from "../helpers/read-site.ts";

describe("the link crawler", () => {
  it("reports a link to a missing page and a link that leaves the prefix", async () => {
    const root = await mkdtemp(join(tmpdir(), "broadsheet-crawl-"));
    await mkdir(join(root, "a"));
    await writeFile(
      join(root, "index.html"),
      '<a href="/digest/a/">ok</a> <a href="/digest/missing/">gone</a> <a href="/a/">out</a>',
    );
    await writeFile(join(root, "a", "index.html"), '<a href="../">up</a>');
    const { broken } = await crawlLinks(root, "/digest/");
    expect(broken).toEqual([
      { page: "index.html", url: "/digest/missing/" },
      { page: "index.html", url: "/a/" },
    ]);
    await rm(root, { recursive: true });
  });
});

describe("links in the built site", () => {
  it("all resolve when the site is served at the root", async () => {
    const { pages, links, broken } = await crawlLinks(inject("sampleSite"), "/");
    expect(pages).toBeGreaterThan(300);
    expect(links).toBeGreaterThan(pages * 10);
    expect(broken).toEqual([]);
  });

  it("all resolve, and none leaves the prefix, when the site is served under /digest/", async () => {
    const { pages, broken } = await crawlLinks(inject("prefixedSite"), "/digest/");
    expect(pages).toBeGreaterThan(300);
    expect(broken).toEqual([]);
  });

  it("carry the prefix into feeds and the sitemap", async () => {
    const site = inject("prefixedSite");
    const settings = JSON.parse(await readFile("content/_data/site.json", "utf8")) as { url: string };
    const base = `${settings.url}/digest/`;
    const sitemap = await readFile(join(site, "sitemap.xml"), "utf8");
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(locations.length).toBeGreaterThan(300);
    const files = new Set(await listFiles(site));
    for (const location of locations) {
      expect(location.startsWith(base), location).toBe(true);
      const path = location.slice(base.length);
      expect(files.has(path.endsWith("/") || path === "" ? `${path}index.html` : path), location).toBe(true);
    }
    const feed = JSON.parse(await readFile(join(site, "feed.json"), "utf8")) as {
      feed_url: string;
      items: { url: string }[];
    };
    expect(feed.feed_url).toBe(`${base}feed.json`);
    for (const item of feed.items) expect(files.has(`${item.url.slice(base.length)}index.html`), item.url).toBe(true);
  });
});
