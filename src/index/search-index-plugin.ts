// The index stage: Pagefind's Node API builds the search index from the stories as they are summarised, while Eleventy draws the pages.
import { join } from "node:path";
import type { Worker } from "node:worker_threads";
import { IndexError } from "../errors.ts";
import type { StoryListener } from "../render/articles-plugin.ts";
import type { EleventyConfig } from "../render/eleventy-config-type.ts";
import { recordTiming, timingMark } from "../util/record-timing.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { startTsWorker } from "../util/start-ts-worker.ts";
import { runIndexJob, type IndexJobResult, type IndexMessage } from "./index-worker.ts";
import type { StoryEntry } from "./search-record.ts";

export { buildSearchIndex } from "./build-search-index.ts";

const WORKER_URL = new URL("./index-worker.ts", import.meta.url).href;

/**
 * One build's index: stories go to a worker thread as each is summarised, and from there to Pagefind's own process,
 * so that the index is built while this thread summarises and Eleventy draws the pages (fed from this thread,
 * records trickled in between Eleventy's work: at 1,000 articles indexing took four times as long). When the worker
 * cannot start or dies, the index is built here from the stories kept for that case.
 */
class IndexJob implements StoryListener {
  private readonly entries: StoryEntry[] = [];
  private readonly worker: Worker | undefined;
  private readonly result: Promise<IndexJobResult>;
  private resolveEnd!: () => void;
  private readonly ended = new Promise<void>((resolve) => (this.resolveEnd = resolve));
  readonly started = timingMark();

  constructor(
    private readonly settings: SiteSettings,
    private readonly bundleDir: string,
  ) {
    try {
      this.worker = startTsWorker(WORKER_URL);
    } catch {
      this.worker = undefined;
    }
    this.result = this.run();
    // Awaited by `finished`; this keeps a failure before then from being reported as unhandled.
    this.result.catch(() => {});
    this.send({ type: "start", settings, bundleDir });
  }

  story(story: StoryEntry["story"], body: string): void {
    this.entries.push({ story, body });
    this.send({ type: "story", story, body });
  }

  done(): void {
    this.send({ type: "end" });
    this.resolveEnd();
  }

  /** Resolves with what indexing did, once `done` has been called and the bundle is written. */
  finished(): Promise<IndexJobResult> {
    return this.result;
  }

  private send(message: IndexMessage): void {
    try {
      this.worker?.postMessage(message);
    } catch {
      // A dead worker: `run` builds the index here instead.
    }
  }

  private async run(): Promise<IndexJobResult> {
    const worker = this.worker;
    const here = async () => {
      await this.ended;
      return runIndexJob(this.entries, this.settings, this.bundleDir);
    };
    if (!worker) return here();
    try {
      return await new Promise<IndexJobResult>((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
        worker.once("exit", (code) => reject(new Error(`the index worker exited with code ${code}`)));
      });
    } catch {
      return here();
    } finally {
      await worker.terminate();
    }
  }
}

/**
 * Indexes the stories of every build into the output folder's `pagefind/` (which no page of the site uses) as the
 * articles stage hands them over; `eleventy.after` waits for the index.
 */
export function searchIndexPlugin(
  eleventyConfig: EleventyConfig,
  options: { settings: SiteSettings; problems: Error[]; onStories: (() => StoryListener)[] },
): void {
  // `broadsheet build --no-search`: a preview without the index.
  if (process.env["BROADSHEET_NO_SEARCH"] === "1") return;
  let output = "_site";
  let job: IndexJob | undefined;
  options.onStories.push(() => (job = new IndexJob(options.settings, join(output, "pagefind"))));
  // `directories` is the normalised set (the deprecated `dir` ignores an output folder given on the command line).
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { output: string } }) => {
    output = directories.output;
    job = undefined;
  });
  eleventyConfig.on("eleventy.after", async () => {
    // A build that asked for no article (no page reads the collections) still gets an index, an empty one.
    if (!job) {
      job = new IndexJob(options.settings, join(output, "pagefind"));
      job.done();
    }
    const waitStart = timingMark();
    const { pages, errors } = await job.finished();
    // The bench reads both: how long the pages waited for the index, and how long indexing ran in all.
    recordTiming("index-wait", waitStart);
    recordTiming("index-all", job.started, { pages });
    options.problems.push(...errors.map((message) => new IndexError(message)));
  });
}
