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

beforeAll(async () => {
  const files = articles();
  const [one, many] = await Promise.all([
    buildContent("shards-one", files),
    buildContent("shards-many", files, { searchShardStories: 5 }),
  ]);
  for (const build of [one, many]) if (build.code !== 0) throw new Error(`the site did not build:\n${build.stderr}`);
  const [a, b] = await Promise.all([serveStatic(one.output), serveStatic(many.output)]);
  servers.push(a, b);
  single = a.url;
  sharded = b.url;
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

  it("ranks by relevance across shards: the story that says it most comes first, whichever shard it is in", async () => {
    const { hrefs } = await readSearch(sharded, "?q=lighthouse");
    expect(hrefs).toEqual(["/2025/01/12/harbour-0-1/", "/2025/05/12/harbour-4-1/", "/2025/08/12/harbour-7-1/"]);
  });
});
