// A worker thread that builds the search index, so that Pagefind is fed while the main thread draws the pages.
import { parentPort } from "node:worker_threads";
import type { Story } from "../render/make-story.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { buildSearchIndex } from "./build-search-index.ts";
import { searchRecords } from "./search-record.ts";

/** What the build sends: the stories, their Markdown bodies by input path, and where the bundle goes. */
export interface IndexJob {
  stories: Story[];
  bodies: Map<string, string>;
  settings: SiteSettings;
  bundleDir: string;
}

/** What the worker sends back: pages indexed and the problems, as messages (errors do not cross threads whole). */
export interface IndexJobResult {
  pages: number;
  errors: string[];
}

/** Builds the bundle of one job. */
export async function runIndexJob(job: IndexJob): Promise<IndexJobResult> {
  const records = searchRecords(job.stories, (inputPath) => job.bodies.get(inputPath) ?? "", job.settings);
  const { pages, errors } = await buildSearchIndex(records, job.bundleDir, { language: job.settings.language });
  return { pages, errors: errors.map((error) => error.message) };
}

parentPort?.once("message", (job: IndexJob) => {
  runIndexJob(job).then(
    (result) => parentPort!.postMessage(result),
    (cause: unknown) => parentPort!.postMessage({ pages: 0, errors: [cause instanceof Error ? cause.message : String(cause)] }),
  );
});
