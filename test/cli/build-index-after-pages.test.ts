// `broadsheet build` draws the pages in a process of their own and builds the search index once that process has ended.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildContent, runBuild, TEST_ROOT } from "../helpers/build-site.ts";

const timings = join(TEST_ROOT, "index-after-pages-timings.jsonl");
const cache = join(TEST_ROOT, "index-after-pages-shards");
afterAll(() => Promise.all([rm(timings, { force: true }), rm(cache, { recursive: true, force: true })]));

/** A story of `month`, on day `day`. */
const story = (month: string, day: string, n: number) =>
  `---\ntitle: "Ferry timetable ${month} ${n}"\ndate: ${month}-${day}T09:00:00Z\n---\n\nThe ferry to the islands changed its timetable for ${month}, the operator said on the quay.\n`;

/** The timing lines of the last build, by stage. */
async function readTimings(): Promise<
  Map<string, { pid: number; start: number; end: number; [detail: string]: unknown }>
> {
  const lines = (await readFile(timings, "utf8"))
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  return new Map(lines.map((line) => [line.stage, line]));
}

describe("broadsheet build", () => {
  it("indexes in its own process after the pages are drawn, and a new story re-indexes only the newest shard", async () => {
    const articles: Record<string, string> = {};
    for (const [m, month] of ["2025-01", "2025-02", "2025-03"].entries()) {
      for (const day of ["05", "15"])
        articles[`${month.replace("-", "/")}/${day}/ferry-${m}-${day}.md`] = story(month, day, m);
    }
    process.env["BROADSHEET_TIMINGS"] = timings;
    process.env["BROADSHEET_SEARCH_CACHE"] = cache;
    try {
      await rm(timings, { force: true });
      const first = await buildContent("index-after-pages", articles, { searchShardStories: 2 });
      expect(first.code, first.stderr).toBe(0);
      const lines = await readTimings();
      const rendered = lines.get("render-end")!;
      const records = lines.get("index-records")!;
      const indexed = lines.get("index-all")!;
      // The Eleventy process wrote the shards' records; another process (the CLI) built the index, after it.
      expect(records.pid).toBe(rendered.pid);
      expect(indexed.pid).not.toBe(rendered.pid);
      expect(indexed.start).toBeGreaterThanOrEqual(records.end);
      expect(indexed).toMatchObject({ pages: 6, shards: 3, reusedShards: 0 });
      const list = JSON.parse(await readFile(join(first.output, "pagefind", "shards.json"), "utf8")) as {
        primary: string;
      };
      expect(list.primary).toBe("2025-03");

      const lateDay = join(first.content, "articles", "2025", "03", "25");
      await mkdir(lateDay, { recursive: true });
      await writeFile(join(lateDay, "ferry-late.md"), story("2025-03", "25", 9));
      await rm(timings, { force: true });
      const again = await runBuild(first.content, first.output);
      expect(again.code, again.stderr).toBe(0);
      expect((await readTimings()).get("index-all")).toMatchObject({ pages: 7, shards: 3, reusedShards: 2 });
      expect(again.stderr).toMatch(/Indexed 7 stories for search \(.* in 3 shards, 2 unchanged from the last build\)/);
    } finally {
      delete process.env["BROADSHEET_TIMINGS"];
      delete process.env["BROADSHEET_SEARCH_CACHE"];
    }
  }, 300_000);
});
