// The search index in shards by date: whole months per shard, a shard reused while its stories stay the same, the bundle as a clean build writes it.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { access, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { gunzipSync } from "node:zlib";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildMemoryBudgetMb, indexEarly } from "../../src/cli/index-early.ts";
import { buildPreparedShards, buildSearchShards, type ShardList } from "../../src/index/build-search-shards.ts";
import { buildShard } from "../../src/index/build-shard.ts";
import { shardsAtOnce } from "../../src/index/build-shards-at-once.ts";
import { planShards } from "../../src/index/plan-shards.ts";
import { indexJobStories, runIndexJob, type SearchPlan, shardReadyFile } from "../../src/index/index-worker.ts";
import { prepareSearchShards, type ShardJob } from "../../src/index/prepare-search-shards.ts";
import type { Story } from "../../src/model/make-story.ts";
import { readSiteSettings } from "../../src/util/site-settings.ts";
import { shardStory } from "../helpers/shard-story.ts";

const scratch = await mkdtemp(join(tmpdir(), "broadsheet-shards-"));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const settings = { ...readSiteSettings("no-such-folder"), language: "en" };
const story = (month: string, n: number): Story => shardStory(month, n);
const body = (inputPath: string) => `The harbour at ${inputPath} reopened after the storm, and ferries sailed again.`;

/** Every file of a folder with the SHA-256 of its bytes, by path within it. */
async function contentsOf(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else
        out[relative(dir, path)] = createHash("sha256")
          .update(await readFile(path))
          .digest("hex");
    }
  };
  await walk(dir);
  return out;
}

describe("planShards", () => {
  it("keeps months whole, oldest first, and closes a shard before it grows past the limit", () => {
    const stories = [...["2025-01", "2025-01", "2025-02", "2025-03", "2025-03", "2025-03", "2025-04"].entries()].map(
      ([n, month]) => story(month, n),
    );
    const plans = planShards(stories.reverse(), 3);
    expect(plans.map((plan) => [plan.name, plan.stories.map((s) => s.month)])).toEqual([
      ["2025-01", ["2025-01", "2025-01", "2025-02"]],
      ["2025-03", ["2025-03", "2025-03", "2025-03"]],
      ["2025-04", ["2025-04"]],
    ]);
  });

  it("changes only the newest shard when a story is added to the newest month", () => {
    const months = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05"];
    const stories = months.flatMap((month, m) => [story(month, m * 2), story(month, m * 2 + 1)]);
    const before = planShards(stories, 4).map((plan) => plan.stories.map((s) => s.url));
    const after = planShards([...stories, story("2025-05", 99)], 4).map((plan) => plan.stories.map((s) => s.url));
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)).toEqual([...before.at(-1)!, "/2025/05/story-99/"]);
  });
});

describe("buildSearchShards", () => {
  const months = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"];
  const stories = months.flatMap((month, m) => [story(month, m * 2), story(month, m * 2 + 1)]);

  it("writes the newest shard as the bundle and the older ones beside it, listed newest first, without Pagefind's code", async () => {
    const bundle = join(scratch, "site-a", "pagefind");
    const result = await buildSearchShards(stories, body, settings, bundle, {
      maxStories: 4,
      cacheDir: join(scratch, "cache-a"),
    });
    expect(result).toMatchObject({ pages: 12, shards: 3, reused: 0, errors: [] });
    const list = JSON.parse(await readFile(join(bundle, "shards.json"), "utf8")) as ShardList;
    expect(list).toEqual({
      primary: "2025-05",
      stories: 4,
      shards: [
        { name: "2025-03", path: "shards/2025-03/", stories: 4 },
        { name: "2025-01", path: "shards/2025-01/", stories: 4 },
      ],
      // The site's searchFirstStories: the search page looks through the newest shards holding that many first.
      firstStories: settings.searchFirstStories,
    });
    expect(await readdir(bundle)).toEqual(
      expect.arrayContaining(["pagefind.js", "wasm.en.pagefind", "pagefind-entry.json", "shards"]),
    );
    const older = await readdir(join(bundle, "shards", "2025-01"));
    expect(older).toEqual(expect.arrayContaining(["pagefind-entry.json", "fragment", "index", "filter"]));
    expect(older.filter((name) => name.endsWith(".js") || name.startsWith("wasm."))).toEqual([]);
    const entry = JSON.parse(await readFile(join(bundle, "shards", "2025-01", "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages["en"]?.page_count).toBe(4);
    // The size the build reports is the bundle's, every file of it counted once.
    const files = await readdir(bundle, { recursive: true, withFileTypes: true });
    const sizes = await Promise.all(
      files.filter((file) => file.isFile()).map(async (file) => (await stat(join(file.parentPath, file.name))).size),
    );
    expect(result.bytes).toBe(sizes.reduce((sum, size) => sum + size, 0));
    expect(result.bytes).toBeGreaterThan(50_000);
  });

  it("lists each shard's stories oldest first in its date-order.txt, by the ids search results have, and leaves Pagefind's sort data out", async () => {
    const bundle = join(scratch, "site-order", "pagefind");
    await buildSearchShards([...stories].reverse(), body, settings, bundle, {
      maxStories: 4,
      cacheDir: join(scratch, "cache-order"),
    });
    for (const [dir, months] of [
      [join(bundle, "shards", "2025-01"), ["2025-01", "2025-02"]],
      [bundle, ["2025-05", "2025-06"]],
    ] as const) {
      const ids = (await readFile(join(dir, "date-order.txt"), "utf8")).split("\n").filter(Boolean);
      const urlOf = new Map<string, string>();
      for (const name of await readdir(join(dir, "fragment"))) {
        const text = gunzipSync(await readFile(join(dir, "fragment", name))).toString("utf8");
        urlOf.set(
          name.replace(/^[a-z-]+_|\.pf_fragment$/g, ""),
          (JSON.parse(text.replace(/^pagefind_dcd/, "")) as { url: string }).url,
        );
      }
      const expected = stories
        .filter((s) => months.includes(s.month as never))
        .sort((a, b) => a.date.getTime() - b.date.getTime())
        .map((s) => s.url);
      expect(ids.map((id) => urlOf.get(id))).toEqual(expected);
      const meta = (await readdir(dir)).find((name) => name.endsWith(".pf_meta"))!;
      // Pagefind's sort data: the key "date" (CBOR text) followed by an array of page numbers; "date" as a meta name is followed by the next name.
      const sortData = /\x64date[\x80-\x9b]/;
      expect(gunzipSync(await readFile(join(dir, meta))).toString("latin1")).not.toMatch(sortData);
    }
  });

  it("reuses every shard whose stories did not change, and writes the same bytes as a build without the cache", async () => {
    const cacheDir = join(scratch, "cache-b");
    const first = join(scratch, "site-b1", "pagefind");
    await buildSearchShards(stories, body, settings, first, { maxStories: 4, cacheDir });
    const again = join(scratch, "site-b2", "pagefind");
    const reused = await buildSearchShards(stories, body, settings, again, { maxStories: 4, cacheDir });
    expect(reused).toMatchObject({ shards: 3, reused: 3, errors: [] });
    const clean = join(scratch, "site-b3", "pagefind");
    await buildSearchShards(stories, body, settings, clean, {
      maxStories: 4,
      cacheDir: join(scratch, "cache-b-clean"),
    });
    expect(await contentsOf(again)).toEqual(await contentsOf(clean));
    expect(await contentsOf(first)).toEqual(await contentsOf(clean));
  });

  it("indexes only the newest shard again when a story is added to the newest month", async () => {
    const cacheDir = join(scratch, "cache-c");
    // Shards of two months, four stories each: the newest has room for a fifth.
    await buildSearchShards(stories, body, settings, join(scratch, "site-c1", "pagefind"), { maxStories: 5, cacheDir });
    const seen: boolean[] = [];
    const bundle = join(scratch, "site-c2", "pagefind");
    const result = await buildSearchShards([...stories, story("2025-06", 42)], body, settings, bundle, {
      maxStories: 5,
      cacheDir,
      onShard: (_done, _total, reused) => seen.push(reused),
    });
    expect(seen).toEqual([true, true, false]);
    expect(result).toMatchObject({ pages: 13, reused: 2 });
    expect((await stat(join(bundle, "shards.json"))).isFile()).toBe(true);
  });
});

describe("a shard's key", () => {
  const months = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"];
  const stories = months.flatMap((month, m) => [story(month, m * 2), story(month, m * 2 + 1)]);
  const keys = async (list: Story[], bodyOf = body) =>
    (await prepareSearchShards(list, bodyOf, settings, { maxStories: 4, cacheDir: join(scratch, "cache-keys") })).map(
      (job) => job.dir,
    );

  it("changes with what the shard's records show, and only for the shard that holds the story", async () => {
    const before = await keys(stories);
    const touched = (change: Partial<Story>) => stories.map((s, i) => (i === 5 ? { ...s, ...change } : s));
    for (const change of [
      { summary: ["A new summary."] },
      { title: "Harbour story renamed" },
      { people: [{ name: "Ada Byron", slug: "ada-byron" }] },
      { highlights: ["A highlight."] },
      { date: new Date("2025-03-15T11:00:00Z") },
    ]) {
      const after = await keys(touched(change));
      expect(
        after.filter((dir, i) => dir !== before[i]),
        JSON.stringify(change),
      ).toHaveLength(1);
    }
    const edited = await keys(stories, (inputPath) =>
      inputPath === stories[5]!.inputPath ? "Edited." : body(inputPath),
    );
    expect(edited.filter((dir, i) => dir !== before[i])).toHaveLength(1);
  });

  it("stays the same when only what the records do not show changes", async () => {
    const before = await keys(stories);
    const after = await keys(
      stories.map((s) => ({
        ...s,
        readingMinutes: 9,
        keywords: ["ferry"],
        organisations: [{ name: "Port", slug: "port" }],
      })),
    );
    expect(after).toEqual(before);
  });
});

describe("two builds into the same cache at once", () => {
  const stories = ["2025-01", "2025-02", "2025-03"].flatMap((month, m) => [
    story(month, m * 2),
    story(month, m * 2 + 1),
  ]);

  it("keep their own records files: one build indexing a shard leaves the other's records to read", async () => {
    const cacheDir = join(scratch, "cache-both");
    // Both see the shards missing from the cache before either has built one.
    const first = await prepareSearchShards(stories, body, settings, { maxStories: 2, cacheDir });
    const second = await prepareSearchShards(stories, body, settings, { maxStories: 2, cacheDir });
    expect(second.map((job) => job.dir)).toEqual(first.map((job) => job.dir));
    for (const [a, b] of first.map((job, n) => [job, second[n]!] as const)) {
      expect(b.recordsFile).not.toBe(a.recordsFile);
      const built = await buildShard(a, "en");
      expect(built).toMatchObject({ dir: a.dir, temporary: false, errors: [] });
      await expect(access(a.recordsFile!)).rejects.toThrow();
      // The second build checked the cache before the first put its shard there: it reads its own records.
      expect((await readFile(b.recordsFile!, "utf8")).split("\n").filter(Boolean)).toHaveLength(2);
      await rm(a.dir, { recursive: true });
      expect(await buildShard(b, "en")).toMatchObject({ dir: b.dir, pages: 2, temporary: false, errors: [] });
      await expect(access(b.recordsFile!)).rejects.toThrow();
    }
  });

  it("both finish with the whole index, whichever puts a shard in the cache first", async () => {
    const cacheDir = join(scratch, "cache-race");
    const sites = ["race-1", "race-2", "race-3"].map((name) => join(scratch, name, "pagefind"));
    const results = await Promise.all(
      sites.map((bundle) => buildSearchShards(stories, body, settings, bundle, { maxStories: 2, cacheDir })),
    );
    for (const result of results) expect(result).toMatchObject({ pages: 6, shards: 3, errors: [] });
    for (const bundle of sites.slice(1)) expect(await contentsOf(bundle)).toEqual(await contentsOf(sites[0]!));
    expect((await readdir(cacheDir)).filter((name) => !/^[0-9a-f]{24}$/.test(name))).toEqual([]);
  });
});

describe("shardsAtOnce", () => {
  it("builds small shards two at a time and large ones one at a time, within the memory budget", () => {
    expect(shardsAtOnce([800, 900, 700], 2, 1200)).toBe(2);
    expect(shardsAtOnce([3400, 3300, 3300], 2, 1200)).toBe(1);
    // A shard larger than the budget on its own is still built, alone.
    expect(shardsAtOnce([9000], 2, 1200)).toBe(1);
    expect(shardsAtOnce([], 2, 1200)).toBe(0);
    expect(shardsAtOnce([100, 100, 100], 1, 1200)).toBe(1);
  });
});

describe("shards indexed while the pages are drawn (indexEarly)", () => {
  it("lets the build take 1.5 GB up to 10,000 stories and 6 GB at 50,000", () => {
    expect(buildMemoryBudgetMb(300)).toBe(1536);
    expect(buildMemoryBudgetMb(10_000)).toBe(1536);
    expect(buildMemoryBudgetMb(50_000)).toBe(6144);
  });

  const months = ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"];
  const stories = months.flatMap((month, m) => [story(month, m * 2), story(month, m * 2 + 1)]);

  it("indexes the shards as they are ready, the newest first and one at a time, only when the drawing is small, to the bytes of a clean build", async () => {
    const cacheDir = join(scratch, "cache-e");
    const planFile = join(scratch, "plan-e.json");
    const early = indexEarly(planFile, "en", 100);
    const bodies = new Map(stories.map((s) => [s.inputPath, body(s.inputPath)]));
    const bundle = join(scratch, "site-e", "pagefind");
    // The drawing process's index worker writes the plan, and tells of each shard as soon as its records are written.
    await runIndexJob({
      ...indexJobStories(stories, bodies),
      settings: { ...settings, searchShardStories: 4 },
      bundleDir: bundle,
      cacheDir,
      planFile,
    });
    const plan = JSON.parse(await readFile(planFile, "utf8")) as SearchPlan;
    const told = [0, 1, 2].map((n) => JSON.parse(readFileSync(shardReadyFile(planFile, n), "utf8")) as ShardJob);
    expect(told.map((job) => job.name)).toEqual(["2025-05", "2025-03", "2025-01"]);
    // Nothing starts before the drawing has said how many pages it draws, nor when it draws many, nor when the build
    // would take more than its budget with a Pagefind more.
    expect(early.started.size).toBe(0);
    early.hear({ drawing: 101, stories: 12, rssMb: 100 });
    expect(early.started.size).toBe(0);
    early.hear({ drawing: 100, stories: 12, rssMb: buildMemoryBudgetMb(12) });
    expect(early.started.size).toBe(0);
    // A run that draws a slice of the stories' pages of a large drawing may have a shard beside it, memory allowing.
    early.hear({ drawing: 101, stories: 12, rssMb: buildMemoryBudgetMb(12), slice: true });
    expect(early.started.size).toBe(0);
    early.hear({ drawing: 101, stories: 12, rssMb: 100, slice: true });
    const [newest, middle] = [plan.jobs[2]!.recordsFile!, plan.jobs[1]!.recordsFile!];
    expect([...early.started.keys()]).toEqual([newest]);
    // The next starts when the first is done; none starts once the drawing is over.
    await early.started.get(newest);
    await new Promise((resolve) => setImmediate(resolve));
    expect([...early.started.keys()]).toEqual([newest, middle]);
    early.stop();
    expect(existsSync(shardReadyFile(planFile, 0))).toBe(false);
    const seen: boolean[] = [];
    const result = await buildPreparedShards(plan.jobs, "en", bundle, cacheDir, {
      started: early.started,
      firstStories: settings.searchFirstStories,
      onShard: (_done, _total, reused) => seen.push(reused),
    });
    expect(early.started.size).toBe(2);
    expect(result).toMatchObject({ pages: 12, shards: 3, reused: 0, errors: [] });
    expect(seen).toEqual([false, false, false]);
    const clean = join(scratch, "site-e-clean", "pagefind");
    await buildSearchShards(stories, body, settings, clean, {
      maxStories: 4,
      cacheDir: join(scratch, "cache-e-clean"),
    });
    expect(await contentsOf(bundle)).toEqual(await contentsOf(clean));
  });
});
