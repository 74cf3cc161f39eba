// Broadsheet as an Eleventy plugin: the build stages of a digest, added to the standalone build or to a host site.
import { posix } from "node:path";
import { buildStages, type BuildContext } from "../pipeline.ts";
import type { EleventyConfig } from "../util/eleventy-config-type.ts";
import { reportProblemsPlugin } from "../render/report-problems-plugin.ts";
import { resolveOptions, type BroadsheetOptions } from "../model/broadsheet-options.ts";

/**
 * `eleventyConfig.addPlugin(broadsheetPlugin, { content: "news", path: "/news/" })` adds a digest of the articles
 * in `content` under `path` of the site: its pages, feeds, sitemap and search index, drawn with its layouts
 * (`_includes/broadsheet/…`, which the site may override). Runs in the site's own Eleventy process.
 */
export function broadsheetPlugin(eleventyConfig: EleventyConfig, options: BroadsheetOptions = {}): void {
  const input = (eleventyConfig.directories as { input?: string }).input ?? ".";
  const resolved = resolveOptions(options, input);
  // The inbox holds raw files waiting for import, never pages; the articles are data that the summarise stage
  // reads and one paginated template draws, never templates of the host (whose Markdown files are).
  eleventyConfig.ignores.add(posix.join(resolved.content, "inbox/**"));
  eleventyConfig.ignores.add(posix.join(resolved.content, "articles/**"));
  // Serving: an edit to an article, the settings or the topics redraws the digest; the caches it writes do not.
  eleventyConfig.addWatchTarget(resolved.content);
  for (const cache of [resolved.summaryCache, resolved.searchCache])
    eleventyConfig.watchIgnores?.add(posix.join(cache, "**"));
  const context: BuildContext = { options: resolved, settings: resolved.settings, problems: [], onModel: [] };
  for (const stage of buildStages) eleventyConfig.addPlugin(stage.plugin, context);
  eleventyConfig.addPlugin(reportProblemsPlugin, context);
}
