// The index stage: Pagefind's Node API builds the search index from the site's model while Eleventy draws the pages.
import { join } from "node:path";
import type { EleventyConfig } from "../render/eleventy-config-type.ts";
import { createMarkdown } from "../render/markdown.ts";
import type { ModelListener } from "../render/articles-plugin.ts";
import type { Story } from "../render/make-story.ts";
import { recordTiming, timingMark } from "../util/record-timing.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { buildSearchIndex, type SearchIndexResult } from "./build-search-index.ts";
import { searchRecord, type SearchRecord } from "./search-record.ts";

export { buildSearchIndex } from "./build-search-index.ts";

/** The search record of every story, made as Pagefind asks for them (a body is rendered only then). */
export function* searchRecords(stories: Story[], bodyOf: (inputPath: string) => string, settings: SiteSettings): Generator<SearchRecord> {
  const markdown = createMarkdown();
  for (const story of stories) yield searchRecord(story, markdown.render(bodyOf(story.inputPath)), settings);
}

/**
 * Indexes the stories as soon as the articles stage has built the model, in Pagefind's own process, so that the index
 * is built while Eleventy draws the pages instead of after it; `eleventy.after` waits for it. The bundle is written
 * straight into the output folder's `pagefind/`, which no page of the site uses.
 */
export function searchIndexPlugin(
  eleventyConfig: EleventyConfig,
  options: { settings: SiteSettings; problems: Error[]; onModel: ModelListener[] },
): void {
  // `broadsheet build --no-search`: a preview without the index.
  if (process.env["BROADSHEET_NO_SEARCH"] === "1") return;
  let output = "_site";
  let indexing: Promise<SearchIndexResult> | undefined;
  let started = timingMark();
  const start: ModelListener = (stories, bodyOf) => {
    started = timingMark();
    const records = searchRecords(stories, bodyOf, options.settings);
    indexing = buildSearchIndex(records, join(output, "pagefind"), { language: options.settings.language });
    // Awaited in eleventy.after; this keeps a failure before then from being reported as unhandled.
    indexing.catch(() => {});
  };
  options.onModel.push(start);
  // `directories` is the normalised set (the deprecated `dir` ignores an output folder given on the command line).
  eleventyConfig.on("eleventy.before", ({ directories }: { directories: { output: string } }) => {
    output = directories.output;
    indexing = undefined;
  });
  eleventyConfig.on("eleventy.after", async () => {
    // A build that asked for no article (no page reads the collections) still gets an index, an empty one.
    if (!indexing) start([], () => "");
    const waitStart = timingMark();
    const { pages, errors } = await indexing!;
    // The bench reads both: how long the pages waited for the index, and how long indexing ran in all.
    recordTiming("index-wait", waitStart);
    recordTiming("index-all", started, { pages });
    options.problems.push(...errors);
  });
}
