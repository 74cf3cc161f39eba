// The summarise stage inside the build: the article files read and checked, and each digested (cached), once a build.
import { join, relative } from "node:path";
import { RenderError } from "../errors.ts";
import type { Digest } from "../model/types.ts";
import { buildTally, formatCount, secondsSince, stageCount, stageLine } from "../util/build-log.ts";
import type { EleventyConfig } from "../util/eleventy-config-type.ts";
import { recordTiming, timingMark } from "../util/record-timing.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { type ArticleItem, type KeptReads, readArticles } from "./read-articles.ts";
import { takeReadAhead } from "./read-articles-ahead.ts";
import { DEFAULT_CACHE_DIR, pruneCacheDaily } from "./run/cache.ts";
import { digestAll } from "./run/digest-all.ts";

/** What the summarise stage hands the render stage: the valid articles, newest first, and their digests by input path. */
export interface SummarisedArticles {
  items: ArticleItem[];
  digests: Map<string, Digest>;
}

/** Options of the summarise plugin. */
export interface SummarisePluginOptions {
  settings: SiteSettings;
  /** The content folder, whose articles/ holds the Markdown files (default: the Eleventy input folder). */
  content?: string;
  /** Where digests are cached between builds (default: ".cache/summaries"). */
  cacheDir?: string;
  /** Keep drafts in a production build, a preview (default: false; serving and watching always keep them). */
  drafts?: boolean;
  /** Receives the problems found in articles, so the build can report them all at its end. */
  problems: Error[];
}

/**
 * Reads the Markdown files under the content folder's `articles/` (data, not Eleventy templates: one paginated
 * template draws their pages) and digests each, reusing the cached digest of an unchanged text. Returns what the
 * render stage calls for this build's articles: they are read and digested on the first call of each build.
 * Watches the articles, so that an edit redraws the site while serving.
 */
export function summarisePlugin(
  eleventyConfig: EleventyConfig,
  options: SummarisePluginOptions,
): () => Promise<SummarisedArticles> {
  const input = options.content ?? (eleventyConfig.directories as { input?: string } | undefined)?.input ?? "content";
  const articlesDir = join(input, "articles");
  eleventyConfig.addWatchTarget(relative(process.cwd(), join(articlesDir, "**/*.md")));
  let runMode = "build";
  let summarised: Promise<SummarisedArticles> | undefined;
  // What this process's last build read and digested: while serving, a save reads every file again but parses and
  // digests only those whose text changed.
  const keptReads: KeptReads = new Map();
  let keptDigests = new WeakMap<ArticleItem, Digest>();
  eleventyConfig.on("eleventy.before", (event: { runMode?: string }) => {
    runMode = event.runMode ?? "build";
    summarised = undefined;
  });

  async function summarise(): Promise<SummarisedArticles> {
    // Drafts are shown while serving or watching, and in a production build only when the options ask for them.
    const drafts = runMode !== "build" || options.drafts === true;
    const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
    // A build of its own reads once (keeping every file's text would only cost memory), or takes what its drawing
    // process read while the inbox was imported (build-command.ts).
    const ahead =
      runMode === "build"
        ? await takeReadAhead({ articlesDir, drafts, cacheDir, sentences: options.settings.summarySentences })
        : undefined;
    if (ahead) keptDigests = ahead.digests;
    const read = await readArticles(articlesDir, {
      drafts,
      ...(runMode === "build" ? (ahead ? { kept: ahead.kept } : {}) : { kept: keptReads }),
    });
    options.problems.push(...read.problems);
    const items = read.items;
    items.sort((a, b) => b.date.getTime() - a.date.getTime() || a.inputPath.localeCompare(b.inputPath));
    const started = timingMark();
    const toDigest = items.filter((item) => !keptDigests.has(item));
    const result = await digestAll(
      // What the read-ahead looked up and did not find is not looked up again.
      toDigest.map((item) => ({
        key: item.inputPath,
        input: { title: String(item.data["title"]), text: item.rawInput },
        missed: ahead?.keys.get(item),
      })),
      // A live count on a terminal, of the stories not in the cache: a clean build of 10,000 summarises for 15 s.
      { sentences: options.settings.summarySentences, cacheDir, onProgress: stageCount("Summarising stories…") },
    );
    const digests = new Map<string, Digest>();
    for (const item of items) {
      const digest = keptDigests.get(item) ?? result.digests.get(item.inputPath);
      if (digest) digests.set(item.inputPath, digest);
    }
    // While serving, the next save digests again only the items it has not seen (and those that failed here).
    if (runMode !== "build")
      keptDigests = new WeakMap(
        items.filter((item) => digests.has(item.inputPath)).map((item) => [item, digests.get(item.inputPath)!]),
      );
    // A build's own digests are what the cache keeps: the old ones go once a day, while the model is made (not while
    // serving).
    const used = items.map((item) => result.hashes.get(item.inputPath) ?? ahead?.keys.get(item));
    if (runMode === "build" && used.every((key): key is string => key !== undefined))
      void pruneCacheDaily(cacheDir, new Set(used), articlesDir).catch(() => undefined);
    const hits = result.hits + (items.length - toDigest.length);
    recordTiming("summarise", started, { articles: items.length, hits, misses: result.misses });
    stageLine(
      `Summarised ${formatCount(items.length)} stories (${formatCount(result.misses)} new, ${formatCount(hits)} from the cache) in ${secondsSince(started.at)}.`,
    );
    buildTally.stories = items.length;
    for (const error of result.errors) options.problems.push(new RenderError(error.message, { cause: error }));
    return { items, digests };
  }
  return () => (summarised ??= summarise());
}
