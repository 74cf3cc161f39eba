// The search index's worker thread: the stories' bodies reach it unchanged through shared memory, and a worker whose heap is too small for its job leaves the job to the calling thread, which writes the same shards.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { indexJobStories, type SearchPlan } from "../../src/index/index-worker.ts";
import { indexInWorker, indexWorkerHeapMb } from "../../src/index/search-index-plugin.ts";
import { shareTexts, sharedText } from "../../src/util/shared-texts.ts";
import { readSiteSettings } from "../../src/util/site-settings.ts";
import { startTsWorker } from "../../src/util/start-ts-worker.ts";
import { shardStory } from "../helpers/shard-story.ts";

const scratch = await mkdtemp(join(tmpdir(), "broadsheet-index-worker-"));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const settings = { ...readSiteSettings("no-such-folder"), language: "en", searchShardStories: 4 };
const story = (month: string, n: number) =>
  shardStory(month, n, {
    highlights: n % 2 ? [`Ferries sail again from pier ${n}`] : [],
    people: [{ name: "Zoë Ångström", slug: "zoe-angstrom" }],
  });
const stories = ["2025-03", "2025-04", "2025-05"].flatMap((month, m) =>
  [1, 2, 3, 4].map((n) => story(month, m * 4 + n)),
);
// Bodies in several scripts and lengths, one empty: each must reach its record as it was.
const bodies = new Map(
  stories.map((s, index) => [
    s.inputPath,
    index === 5
      ? ""
      : `The harbour of ${s.url} reopened — *ferries* sailed again. 東京の港も再開した 🚢 Ελλάδα. ${"Tide and wind. ".repeat(index * 40)}`,
  ]),
);

describe("shareTexts", () => {
  it("gives back every text as it was: empty, accented, in other scripts, with emoji", () => {
    const texts = ["", "plain", "café — naïve", "", "東京の港 🚢 Ελλάδα", "x".repeat(100_000)];
    const shared = shareTexts(texts);
    expect(texts.map((_, index) => sharedText(shared, index))).toEqual(texts);
    expect(shared.bytes.buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});

/** The shards the plan names, each with its cache key and the text of its records file. */
async function plannedShards(planFile: string): Promise<{ name: string; key: string; records: string }[]> {
  const plan = JSON.parse(await readFile(planFile, "utf8")) as SearchPlan;
  return Promise.all(
    plan.jobs.map(async (job) => ({
      name: job.name,
      key: basename(job.dir),
      records: job.recordsFile ? await readFile(job.recordsFile, "utf8") : "",
    })),
  );
}

describe("indexInWorker", () => {
  it("plans the same shards, records and all, in a worker with room as in this thread when the worker's heap runs out", async () => {
    const job = (name: string) => ({
      ...indexJobStories(stories, bodies),
      settings,
      bundleDir: join(scratch, name, "pagefind"),
      cacheDir: join(scratch, name, "cache"),
      planFile: join(scratch, name, "plan.json"),
    });
    // The premise: a worker held to 1 MB of heap cannot even load its code.
    const starved = startTsWorker(new URL("../../src/index/index-worker.ts", import.meta.url).href, {
      resourceLimits: { maxOldGenerationSizeMb: 1 },
    });
    const died = await new Promise<string>((resolve) => {
      starved.once("error", (error: Error & { code?: string }) => resolve(error.code ?? error.message));
      starved.once("online", () => setTimeout(() => resolve("still running"), 5_000));
    });
    await starved.terminate();
    expect(died).toBe("ERR_WORKER_OUT_OF_MEMORY");

    const roomy = job("roomy");
    expect(indexWorkerHeapMb(roomy)).toBeGreaterThan(96);
    const inWorker = await indexInWorker(roomy, () => {});
    const inThread = await indexInWorker(job("starved"), () => {}, 1);
    expect(inWorker).toMatchObject({ pages: 12, shards: 3, errors: [], planned: true });
    expect(inThread).toMatchObject({ pages: 12, shards: 3, errors: [], planned: true });
    const worker = await plannedShards(roomy.planFile);
    const thread = await plannedShards(join(scratch, "starved", "plan.json"));
    expect(worker.map(({ name }) => name)).toEqual(["2025-03", "2025-04", "2025-05"]);
    expect(thread).toEqual(worker);
    // Each body reached its record: the longest story's words, the other scripts, and none for the empty body.
    const all = worker.map(({ records }) => records).join("");
    expect(all).toContain("東京の港も再開した 🚢 Ελλάδα");
    expect(all).toContain("Tide and wind. ".repeat(11 * 40).trim());
    expect(worker[1]!.records.split("\n").filter((line) => line.includes("reopened"))).toHaveLength(3);
  });
});
