// The index stage: Pagefind's Node API builds the search index from the site's model while Eleventy draws the pages.
import { join } from "node:path";
import { IndexError } from "../errors.ts";
import type { ModelListener } from "../render/articles-plugin.ts";
import type { EleventyConfig } from "../render/eleventy-config-type.ts";
import { recordTiming, timingMark } from "../util/record-timing.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { startTsWorker } from "../util/start-ts-worker.ts";
import { runIndexJob, type IndexJob, type IndexJobResult } from "./index-worker.ts";

const WORKER_URL = new URL("./index-worker.ts", import.meta.url).href;

/**
 * Runs `job` in a worker thread, whose event loop feeds Pagefind while the main thread is busy drawing pages
 * (fed from the main thread, records trickled in between Eleventy's work: at 1,000 articles indexing took four
 * times as long). Falls back to this thread when the worker cannot start or dies.
 */
async function indexInWorker(job: IndexJob): Promise<IndexJobResult> {
  let worker;
  try {
    worker = startTsWorker(WORKER_URL);
  } catch {
    return runIndexJob(job);
  }
  try {
    return await new Promise<IndexJobResult>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`the index worker exited with code ${code}`)));
      worker.postMessage(job);
    });
  } catch {
    return runIndexJob(job);
  } finally {
    await worker.terminate();
  }
}

/**
 * Indexes the stories as soon as the articles stage has built the model, in a worker thread and Pagefind's own
 * process, so that the index is built while Eleventy draws the pages instead of after it; `eleventy.after` waits
 * for it. The bundle is written straight into the output folder's `pagefind/`, which no page of the site uses.
 */
export function searchIndexPlugin(
  eleventyConfig: EleventyConfig,
  options: { settings: SiteSettings; problems: Error[]; onModel: ModelListener[] },
): void {
  // `broadsheet build --no-search`: a preview without the index.
  if (process.env["BROADSHEET_NO_SEARCH"] === "1") return;
  let output = "_site";
  let indexing: Promise<IndexJobResult> | undefined;
  let started = timingMark();
  const start: ModelListener = (stories, bodies) => {
    started = timingMark();
    indexing = indexInWorker({ stories, bodies, settings: options.settings, bundleDir: join(output, "pagefind") });
  };
  options.onModel.push(start);
  // `directories` is the normalised set (the deprecated `dir` ignores an output folder given on the command line).
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { output: string } }) => {
    output = directories.output;
    indexing = undefined;
  });
  eleventyConfig.on("eleventy.after", async () => {
    // A build that asked for no article (no page reads the collections) still gets an index, an empty one.
    if (!indexing) start([], new Map());
    const waitStart = timingMark();
    const { pages, errors } = await indexing!;
    // The bench reads both: how long the pages waited for the index, and how long indexing ran in all.
    recordTiming("index-wait", waitStart);
    recordTiming("index-all", started, { pages });
    options.problems.push(...errors.map((message) => new IndexError(message)));
  });
}
