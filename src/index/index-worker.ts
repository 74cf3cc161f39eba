// A worker thread that builds the search index, or only writes its shards' records, while the main thread draws the pages.
import { parentPort } from "node:worker_threads";
import type { Story } from "../model/make-story.ts";
import { type SharedTexts, shareTexts, sharedText } from "../util/shared-texts.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { writeAtomic, writeAtomicSync } from "../util/write-atomic.ts";
import { buildPreparedShards } from "./build-search-shards.ts";
import { prepareSearchShards, type ShardJob } from "./prepare-search-shards.ts";
import { type IndexedStory, recordSource } from "./search-record.ts";

/** What the build sends: the stories and their Markdown bodies, where the bundle goes and where shards are cached. */
export interface IndexJob {
  /** What the records show of each story (`indexJobStories`), newest first. */
  stories: IndexedStory[];
  /** The stories' bodies, in their order, in shared memory: the worker thread never holds them all as strings. */
  bodies: SharedTexts;
  settings: SiteSettings;
  bundleDir: string;
  cacheDir: string;
  /**
   * Write the shards' records and their plan to this file instead of building the index (default: build it): the
   * standalone build indexes them once Eleventy's process has ended.
   */
  planFile?: string;
  /** Shards indexed at once at most (default: 2, within the site's searchIndexMemoryMb). */
  parallel?: number;
}

/** The shards to build, as the standalone build reads them from the plan file. */
export interface SearchPlan {
  language: string;
  bundleDir: string;
  cacheDir: string;
  jobs: ShardJob[];
  /** The site's searchFirstStories. */
  firstStories: number;
}

/** What the worker sends back: stories indexed, shards (in all and reused), the bundle's bytes, and the problems as messages. */
export interface IndexJobResult {
  pages: number;
  shards: number;
  reused: number;
  bytes: number;
  /** How long the indexing itself took. */
  milliseconds: number;
  errors: string[];
  /** True when only the plan was written (the index is built later, by the standalone build). */
  planned?: boolean;
}

/** A shard done, as the worker reports it while it works. */
export interface IndexProgress {
  done: number;
  total: number;
}

/** The stories and bodies of a job for `stories`, whose Markdown bodies `bodies` gives by input path. */
export function indexJobStories(
  stories: readonly Story[],
  bodies: ReadonlyMap<string, string>,
): Pick<IndexJob, "stories" | "bodies"> {
  return {
    stories: stories.map((story) => ({ ...recordSource(story), inputPath: story.inputPath })),
    bodies: shareTexts(stories.map((story) => bodies.get(story.inputPath) ?? "")),
  };
}

/** The file that tells of the `index`th shard ready to index of the build whose plan goes to `planFile`. */
export const shardReadyFile = (planFile: string, index: number): string => `${planFile}.shard-${index}.json`;

function writeShardReady(planFile: string, index: number, shard: ShardJob): void {
  writeAtomicSync(shardReadyFile(planFile, index), JSON.stringify(shard));
}

/**
 * Builds the bundle of one job, or writes its plan (and, as each shard's records are written, a file that tells of it:
 * `shardReadyFile`); `onShard` hears of each shard as it is done (default: nobody).
 */
export async function runIndexJob(
  job: IndexJob,
  onShard?: (done: number, total: number) => void,
): Promise<IndexJobResult> {
  const started = performance.now();
  const language = job.settings.language.toLowerCase();
  const at = new Map(job.stories.map((story, index) => [story.inputPath, index]));
  const bodyOf = (inputPath: string) => (at.has(inputPath) ? sharedText(job.bodies, at.get(inputPath)!) : "");
  let ready = 0;
  const jobs = await prepareSearchShards(job.stories, bodyOf, job.settings, {
    cacheDir: job.cacheDir,
    maxStories: job.settings.searchShardStories,
    // Each shard to build, as soon as its records are written: the build may index it while the pages are drawn
    // (cli/index-early.ts reads these files; the drawing thread could not pass a message on before it is done).
    ...(job.planFile
      ? { onJob: (shard: ShardJob) => shard.recordsFile && writeShardReady(job.planFile!, ready++, shard) }
      : {}),
  });
  if (job.planFile) {
    const plan: SearchPlan = {
      language,
      bundleDir: job.bundleDir,
      cacheDir: job.cacheDir,
      jobs,
      firstStories: job.settings.searchFirstStories,
    };
    await writeAtomic(job.planFile, `${JSON.stringify(plan)}\n`);
    const pages = jobs.reduce((sum, shard) => sum + shard.pages, 0);
    return {
      pages,
      shards: jobs.length,
      reused: jobs.filter((shard) => !shard.recordsFile).length,
      bytes: 0,
      milliseconds: performance.now() - started,
      errors: [],
      planned: true,
    };
  }
  const result = await buildPreparedShards(jobs, language, job.bundleDir, job.cacheDir, {
    memoryMb: job.settings.searchIndexMemoryMb,
    firstStories: job.settings.searchFirstStories,
    onShard,
    ...(job.parallel ? { parallel: job.parallel } : {}),
  });
  return { ...result, milliseconds: performance.now() - started, errors: result.errors.map((error) => error.message) };
}

parentPort?.once("message", (job: IndexJob) => {
  runIndexJob(job, (done, total) => parentPort!.postMessage({ progress: { done, total } })).then(
    (result) => parentPort!.postMessage({ result }),
    (cause: unknown) =>
      parentPort!.postMessage({
        result: {
          pages: 0,
          shards: 0,
          reused: 0,
          bytes: 0,
          milliseconds: 0,
          errors: [cause instanceof Error ? cause.message : String(cause)],
        },
      }),
  );
});
