// A worker thread that builds the search index, so that Pagefind is fed while the main thread draws the pages.
import { parentPort } from "node:worker_threads";
import type { Story } from "../model/make-story.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { buildSearchShards } from "./build-search-shards.ts";

/** What the build sends: the stories, their Markdown bodies by input path, where the bundle goes and where shards are cached. */
export interface IndexJob {
  stories: Story[];
  bodies: Map<string, string>;
  settings: SiteSettings;
  bundleDir: string;
  cacheDir: string;
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
}

/** A shard done, as the worker reports it while it works. */
export interface IndexProgress {
  done: number;
  total: number;
}

/** Builds the bundle of one job; `onShard` hears of each shard as it is done (default: nobody). */
export async function runIndexJob(job: IndexJob, onShard?: (done: number, total: number) => void): Promise<IndexJobResult> {
  const started = performance.now();
  const result = await buildSearchShards(job.stories, (inputPath) => job.bodies.get(inputPath) ?? "", job.settings, job.bundleDir, {
    cacheDir: job.cacheDir,
    maxStories: job.settings.searchShardStories,
    onShard,
  });
  return { ...result, milliseconds: performance.now() - started, errors: result.errors.map((error) => error.message) };
}

parentPort?.once("message", (job: IndexJob) => {
  runIndexJob(job, (done, total) => parentPort!.postMessage({ progress: { done, total } })).then(
    (result) => parentPort!.postMessage({ result }),
    (cause: unknown) => parentPort!.postMessage({ result: { pages: 0, shards: 0, reused: 0, bytes: 0, milliseconds: 0, errors: [cause instanceof Error ? cause.message : String(cause)] } }),
  );
});
