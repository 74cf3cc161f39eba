// The index stage: Pagefind builds the search index in shards from the site's model while Eleventy draws the pages.
import { join } from "node:path";
import type { Worker } from "node:worker_threads";
import { IndexError } from "../errors.ts";
import type { ModelListener } from "../model/model-listener.ts";
import type { EleventyConfig } from "../util/eleventy-config-type.ts";
import { buildTally, clearCount, formatBytes, formatCount, stageCount, stageLine } from "../util/build-log.ts";
import { recordTiming, timingMark } from "../util/record-timing.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { startTsWorker } from "../util/start-ts-worker.ts";
import {
  indexJobStories,
  runIndexJob,
  type IndexJob,
  type IndexJobResult,
  type IndexProgress,
} from "./index-worker.ts";
import { planShards } from "./plan-shards.ts";

const WORKER_URL = new URL("./index-worker.ts", import.meta.url).href;

const MB = 1024 * 1024;

/**
 * The heap the worker of `job` may use, in MB: 96 MB for its code, 4 KB a story for what the records show of it, and
 * four times the bytes of the largest shard's bodies, for them as strings and for the shard's records (the bodies
 * themselves are in shared memory). V8 grows a heap by its limit more than by what it holds: left to Node's, the
 * worker's grew to some 530 MB before collecting for the 10,000 bench stories, held to 200-300 MB it peaked at
 * 240-280 MB in about the same time (2 runs each, with all the bodies copied to it). A heap too small ends the
 * worker, and the job runs in the calling thread.
 */
export function indexWorkerHeapMb(job: Pick<IndexJob, "stories" | "bodies" | "settings">): number {
  const { ends } = job.bodies;
  const at = new Map(job.stories.map((story, index) => [story, index]));
  const bytes = (index: number) => ends[index]! - (index ? ends[index - 1]! : 0);
  const largestShard = Math.max(
    0,
    ...planShards(job.stories, job.settings.searchShardStories).map((plan) =>
      plan.stories.reduce((sum, story) => sum + bytes(at.get(story)!), 0),
    ),
  );
  return Math.ceil(96 + (4096 * job.stories.length + 4 * largestShard) / MB);
}

/**
 * Runs `job` in a worker thread, whose event loop feeds Pagefind while the main thread is busy drawing pages
 * (fed from the main thread, records trickled in between Eleventy's work and indexing took several times as
 * long), its heap held to `heapMb`. Falls back to this thread when the worker cannot start or dies (a heap too small
 * for the job ends it). `onShard` hears of each shard.
 */
export async function indexInWorker(
  job: IndexJob,
  onShard: (done: number, total: number) => void,
  heapMb = indexWorkerHeapMb(job),
): Promise<IndexJobResult> {
  let worker: Worker;
  try {
    worker = startTsWorker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  } catch {
    return runIndexJob(job, onShard);
  }
  try {
    return await new Promise<IndexJobResult>((resolve, reject) => {
      worker.on("message", (message: { result?: IndexJobResult; progress?: IndexProgress }) => {
        if (message.progress) onShard(message.progress.done, message.progress.total);
        if (message.result) resolve(message.result);
      });
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`the index worker exited with code ${code}`)));
      worker.postMessage(job);
    });
  } catch {
    return runIndexJob(job, onShard);
  } finally {
    await worker.terminate();
  }
}

/**
 * Indexes the stories as soon as the articles stage has built the model, in a worker thread and Pagefind's own
 * processes, so that the index is built while Eleventy draws the pages instead of after it. A build (`runMode`
 * "build") waits for it in `eleventy.after`; the standalone build (`planFile`) has the worker write only the shards'
 * records here and builds the index itself once Eleventy's process has ended, so Pagefind's memory never adds to
 * Eleventy's. The dev server does not wait: its pages reload as soon as they are drawn
 * and search catches up when the index is written (the shards whose stories changed are indexed again, which an
 * edit would otherwise wait for). Indexing runs one build's model at a time, and a model that
 * a newer one replaced before its turn is skipped. The bundle is written straight into the output folder's
 * `pagefind/`, which no page of the site uses.
 */
export function searchIndexPlugin(
  eleventyConfig: EleventyConfig,
  options: {
    settings: SiteSettings;
    problems: Error[];
    onModel: ModelListener[];
    /** The digest's URL path in the site: the bundle goes to `pagefind/` under it (default: "/"). */
    path?: string;
    /** Where index shards are cached between builds (default: ".cache/search-shards"). */
    cacheDir?: string;
    /** Hears of each shard as it is done (default: nobody). */
    onShard?: (done: number, total: number) => void;
    /**
     * In a build, write the shards' records and their plan to this file and leave the index to whoever reads it
     * (`indexSearchPlan`), so that Pagefind runs after Eleventy's process has ended (the standalone build does; default:
     * none, the index is built here, in `eleventy.after`, as a host site needs).
     */
    planFile?: string;
  },
): void {
  let output = "_site";
  let runMode = "build";
  let indexing: Promise<IndexJobResult | undefined> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let latest = 0;
  /** Jobs started and not yet done. */
  let running = 0;
  let started = timingMark();
  const start: ModelListener = (stories, bodies) => {
    const model = ++latest;
    const cacheDir = options.cacheDir ?? ".cache/search-shards";
    const planFile = runMode === "build" ? options.planFile : undefined;
    const job: IndexJob = {
      ...indexJobStories(stories, bodies),
      settings: options.settings,
      bundleDir: join(output, options.path ?? "/", "pagefind"),
      cacheDir,
      planFile,
      // The dev server indexes beside the next redraw: one shard at a time leaves a core to draw the pages.
      ...(runMode === "build" ? {} : { parallel: 1 }),
    };
    const run = () => {
      if (model !== latest) return undefined;
      started = timingMark();
      running += 1;
      const count = stageCount("Indexing for search… shard");
      return indexInWorker(job, options.onShard ?? ((done, total) => count(done, total))).finally(() => {
        running -= 1;
      });
    };
    // Two jobs writing one bundle at once could leave the older index, or prune the newer one's files: a job waits
    // for the one before. With none running it starts now, before the caller goes on (to hash the pages, say), so
    // that its worker starts and sends the shards' records as early as it can.
    indexing = running === 0 ? Promise.resolve(run()) : queue.then(run);
    queue = indexing.catch(() => undefined);
  };
  options.onModel.push(start);
  // `directories` is the normalised set (the deprecated `dir` ignores an output folder given on the command line).
  eleventyConfig.on("eleventy.before", (event: { directories: { output: string }; runMode?: string }) => {
    output = event.directories.output;
    runMode = event.runMode ?? "build";
    indexing = undefined;
  });
  eleventyConfig.on("eleventy.after", async () => {
    // A build that asked for no article (no page reads the collections) still gets an index, an empty one.
    if (!indexing) start([], new Map());
    const waitStart = timingMark();
    const finish = (result: IndexJobResult | undefined): IndexJobResult | undefined => {
      // The bench reads both: how long the pages waited for the index, and how long indexing ran in all.
      if (runMode === "build") recordTiming("index-wait", waitStart);
      if (result?.planned)
        recordTiming("index-records", started, {
          pages: result.pages,
          shards: result.shards,
          reusedShards: result.reused,
        });
      else if (result)
        recordTiming("index-all", started, {
          pages: result.pages,
          shards: result.shards,
          reusedShards: result.reused,
          bytes: result.bytes,
        });
      if (result && !result.planned && runMode === "build") {
        buildTally.indexBytes = result.bytes;
        const shards = `${result.shards} ${result.shards === 1 ? "shard" : "shards"}${result.reused ? `, ${result.reused} unchanged from the last build` : ""}`;
        stageLine(
          `Indexed ${formatCount(result.pages)} stories for search (${formatBytes(result.bytes)} in ${shards}) in ${(result.milliseconds / 1000).toFixed(1)} s.`,
        );
      }
      return result;
    };
    if (runMode === "build") {
      const result = finish(await indexing!);
      options.problems.push(...(result?.errors ?? []).map((message) => new IndexError(message)));
      return;
    }
    void indexing!.then(finish).then(
      (result) => {
        if (!result) return;
        clearCount();
        for (const message of result.errors) console.error(`[broadsheet] ${new IndexError(message).message}`);
        console.log(`[broadsheet] Search index updated: ${result.pages} ${result.pages === 1 ? "story" : "stories"}.`);
      },
      (error: unknown) => console.error(`[broadsheet] The search index was not updated: ${(error as Error).message}`),
    );
  });
}
