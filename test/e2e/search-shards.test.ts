// A reader searches a digest whose index is in several shards: the same results, order and counts as from one index.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser } from "../helpers/browser.ts";
import { buildContent } from "../helpers/build-site.ts";
import { countIn, shownResults, waitForStatus } from "../helpers/search-page.ts";
import { serveStatic } from "../helpers/serve-static.ts";

const MONTHS = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08"];
const PLACES = ["Dover", "Calais", "Ostend"];

const LIGHTHOUSE = "The old lighthouse keeper watched the lighthouse beam. ";
/** Stories that mention the lighthouse, in three shards, each more often than the next: relevance must rank them so across shards. */
const lighthouseMentions = (m: number, n: number) => (n !== 1 ? 0 : m === 0 ? 4 : m === 4 ? 2 : m === 7 ? 1 : 0);

/** Three stories a month, each about the harbour, in two topics; every story has its own day and hour. */
function articles(): Record<string, string> {
  const files: Record<string, string> = {};
  MONTHS.forEach((month, m) => {
    for (let n = 0; n < 3; n++) {
      const day = String(3 + n * 9).padStart(2, "0");
      const topic = (m + n) % 2 ? "Ports" : "Weather";
      const place = PLACES[(m + n) % 3]!;
      const extra =
        "The harbour master said the harbour would stay open. ".repeat((m * 3 + n) % 4) +
        LIGHTHOUSE.repeat(lighthouseMentions(m, n));
      files[`${month.replace("-", "/")}/${day}/harbour-${m}-${n}.md`] =
        `---\ntitle: "${place} harbour news ${m}-${n}"\ndate: ${month}-${day}T${String(8 + n).padStart(2, "0")}:00:00Z\ntags: [${topic}]\n---\n\n` +
        `The harbour at ${place} saw ships come and go on day ${day} of ${month}, officials said on the quay. ${extra}\n\n` +
        `Crews in ${place} worked through the night to clear the ${topic === "Ports" ? "berths" : "storm damage"} before the morning tide.\n`;
    }
  });
  return files;
}

let browser: Awaited<ReturnType<typeof openBrowser>>;
const servers: Awaited<ReturnType<typeof serveStatic>>[] = [];
let sharded: string;
let single: string;
/** Shards of one month, of which a search looks through the newest four (12 stories) first. */
let lazy: string;

beforeAll(async () => {
  const files = articles();
  const [one, many, newestFirst] = await Promise.all([
    buildContent("shards-one", files),
    buildContent("shards-many", files, { searchShardStories: 5 }),
    buildContent("shards-lazy", files, { searchShardStories: 5, searchFirstStories: 12 }),
  ]);
  for (const build of [one, many, newestFirst])
    if (build.code !== 0) throw new Error(`the site did not build:\n${build.stderr}`);
  const [a, b, c] = await Promise.all([
    serveStatic(one.output),
    serveStatic(many.output),
    serveStatic(newestFirst.output),
  ]);
  servers.push(a, b, c);
  single = a.url;
  sharded = b.url;
  lazy = c.url;
  browser = await openBrowser();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

/** What a reader sees for a search address: the count line, the first page of results, and the topic menu. */
async function readSearch(
  site: string,
  query: string,
): Promise<{ status: string; hrefs: string[]; datetimes: string[]; topics: string[]; errors: string[] }> {
  const page: Page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${site}search/${query}`);
  await page.waitForFunction(
    () =>
      document.getElementById("search-status")?.textContent &&
      !document.getElementById("search-results")?.hasAttribute("aria-busy"),
  );
  // Opening the filters loads their counts and runs the search again, which fills the menus.
  await page.locator("#search-filters summary").click();
  await page.locator("#search-topic option[value='Ports']").waitFor({ state: "attached" });
  const status = await waitForStatus(page, "");
  const results = await shownResults(page);
  const topics = await page.locator("#search-topic option").allTextContents();
  await page.close();
  return { status, hrefs: results.map((r) => r.href), datetimes: results.map((r) => r.datetime), topics, errors };
}

/** A search address read without opening the filters: its count line, results and the index files it fetched. */
async function readFirst(
  site: string,
  query: string,
): Promise<{ status: string; hrefs: string[]; fetched: string[]; page: Page }> {
  const page: Page = await browser.context.newPage();
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`${site}search/${query}`);
  // Any status but the empty one the page opens with, before its script has searched.
  const status = await waitForStatus(page, /\S/);
  return { status, hrefs: (await shownResults(page)).map((r) => r.href), fetched, page };
}

/** The older shards a page fetched anything of (their folders under pagefind/shards/). */
const olderShardsFetched = (fetched: string[]) =>
  [...new Set(fetched.map((path) => /\/pagefind\/shards\/([^/]+)\//.exec(path)?.[1]).filter(Boolean))].sort();

describe("a search index in shards", () => {
  it("is built as several shards", async () => {
    const list = (await (await fetch(`${sharded}pagefind/shards.json`)).json()) as { shards: unknown[] };
    expect(list.shards.length).toBeGreaterThanOrEqual(3);
  });

  for (const query of [
    "?q=harbour&sort=newest",
    "?q=harbour&sort=oldest",
    "?topic=Ports",
    "?q=Dover&topic=Weather&sort=newest",
    "?q=Dover",
    "?q=lighthouse",
  ]) {
    it(`shows what one index shows for ${query}: count, results in order, and filter counts`, async () => {
      const [expected, actual] = await Promise.all([readSearch(single, query), readSearch(sharded, query)]);
      expect(actual.errors).toEqual([]);
      expect(actual.status).toBe(expected.status);
      expect(actual.topics).toEqual(expected.topics);
      // Every result of these queries is on the first page: a tie between equal scores may break either way.
      expect(countIn(actual.status)).toBeLessThanOrEqual(
        query.includes("q=") && !query.includes("harbour") ? 10 : Infinity,
      );
      if (query.includes("sort=") || !query.includes("q=")) expect(actual.hrefs).toEqual(expected.hrefs);
      else expect(new Set(actual.hrefs)).toEqual(new Set(expected.hrefs));
      if (query.includes("newest") || !query.includes("q="))
        expect(actual.datetimes).toEqual([...actual.datetimes].sort().reverse());
      if (query.includes("oldest")) expect(actual.datetimes).toEqual([...actual.datetimes].sort());
    });
  }

  it("looks through the newest stories first, saying since when, and through the older ones when asked", async () => {
    const [expected, { status, fetched, page }] = await Promise.all([
      readFirst(single, "?q=harbour"),
      readFirst(lazy, "?q=harbour"),
    ]);
    try {
      expect(status).toBe("12 results for “harbour” in stories since May 2025");
      expect(olderShardsFetched(fetched)).toEqual(["2025-05", "2025-06", "2025-07"]);
      await page.locator("#search-older").click();
      expect(await waitForStatus(page, "24 results")).toBe(expected.status);
      expect(olderShardsFetched(fetched)).toEqual(MONTHS.slice(0, -1));
      expect(await page.locator("#search-older").isHidden()).toBe(true);
    } finally {
      await Promise.all([expected.page.close(), page.close()]);
    }
  });

  for (const query of [
    "?q=lighthouse",
    "?q=Dover",
    "?topic=Ports",
    "?q=harbour&sort=oldest",
    "?q=harbour&month=2025-01",
  ]) {
    it(`looks through the whole archive at once for ${query}: few results among the newest, a filter, or the oldest first`, async () => {
      const [expected, actual] = await Promise.all([readFirst(single, query), readFirst(lazy, query)]);
      await Promise.all([expected.page.close(), actual.page.close()]);
      expect(actual.status).toBe(expected.status);
      expect(actual.status).not.toContain("since");
      if (query.includes("sort=") || !query.includes("q=")) expect(actual.hrefs).toEqual(expected.hrefs);
      else expect(new Set(actual.hrefs)).toEqual(new Set(expected.hrefs));
    });
  }

  it("ranks by relevance across shards: the story that says it most comes first, whichever shard it is in", async () => {
    const { hrefs } = await readSearch(sharded, "?q=lighthouse");
    expect(hrefs).toEqual(["/2025/01/12/harbour-0-1/", "/2025/05/12/harbour-4-1/", "/2025/08/12/harbour-7-1/"]);
  });
});
