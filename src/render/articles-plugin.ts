// The summarise stage inside the build: valid articles, digested (cached), turned into the site's model.
import { join, relative } from "node:path";
import { RenderError } from "../errors.ts";
import { digestAll } from "../summarise/index.ts";
import { buildTally, formatCount, secondsSince, stageCount, stageLine } from "../util/build-log.ts";
import { recordTiming, timingMark } from "../util/record-timing.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { buildSiteModel, type SiteModel } from "./build-site-model.ts";
import type { ModelListener } from "../model/model-listener.ts";
import type { EleventyConfig } from "../util/eleventy-config-type.ts";
import { readTopicVocabulary } from "./topics/read-topic-vocabulary.ts";
import { jsonFeed, newsArticleJsonLd, sitemapEntries } from "./feed-filters.ts";
import { validateArticle } from "../model/validate-article.ts";

/** Options of the articles plugin. */
export interface ArticlesPluginOptions {
  settings: SiteSettings;
  /** Where digests are cached between builds (default: $BROADSHEET_SUMMARY_CACHE, else .cache/summaries). */
  cacheDir?: string;
  /** Receives the problems found in articles, so the build can report them all at its end. */
  problems: Error[];
  /** Called with the stories as soon as they are known, before any page is drawn (the index stage starts then). */
  onModel?: ModelListener[];
}

interface CollectionItem {
  inputPath: string;
  url: string;
  date: Date;
  data: Record<string, unknown>;
  rawInput?: string;
}

interface CollectionApi {
  getAll(): CollectionItem[];
}

/**
 * Adds the collections the pages are drawn from (`articles`, `editions`, `listingPages`, `months`) and the
 * filters that look a story up. The model is built once per build, by whichever collection asks first.
 */
export function articlesPlugin(eleventyConfig: EleventyConfig, options: ArticlesPluginOptions): void {
  let model: Promise<{ items: CollectionItem[]; model: SiteModel }> | undefined;
  const input = (eleventyConfig.directories as { input?: string } | undefined)?.input ?? "content";
  const topicsFile = relative(process.cwd(), join(input, "topics.json"));
  // An edit to the topics vocabulary rebuilds the pages while serving, as an edit to an article does.
  eleventyConfig.addWatchTarget(topicsFile);
  let drawStart = Date.now();
  let drawn = 0;
  const countPage = stageCount("Drawing pages…");
  eleventyConfig.on("eleventy.before", () => {
    model = undefined;
    Object.assign(buildTally, { stories: 0, pages: 0, indexBytes: 0 });
    recordTiming("build-start");
  });
  // Each page passes here as it is drawn: the live count on a terminal.
  eleventyConfig.addTransform("count-pages", (content: unknown) => {
    countPage(++drawn);
    return content;
  });
  // Pages are written when "eleventy.after" begins; what follows it (the search index) is timed from here.
  eleventyConfig.on("eleventy.after", (event: { results?: unknown[] }) => {
    recordTiming("render-end");
    buildTally.pages = event.results?.length ?? drawn;
    stageLine(`Drew ${formatCount(buildTally.pages)} pages in ${secondsSince(drawStart)}.`);
  });

  async function build(api: CollectionApi) {
    const items = api.getAll().filter((item) => /\/articles\/.+\.md$/.test(item.inputPath));
    // The front matter guard has left out articles with invalid fields; this catches files with neither
    // title nor date (the guard cannot tell those from layouts).
    const valid = items.filter((item) => {
      const problems = validateArticle(item.data);
      for (const problem of problems) {
        options.problems.push(new RenderError(`${problem} (the article is left out of the site)`, { path: relative(process.cwd(), item.inputPath) }));
      }
      return problems.length === 0;
    });
    valid.sort((a, b) => b.date.getTime() - a.date.getTime() || a.inputPath.localeCompare(b.inputPath));
    const summariseStart = timingMark();
    if (process.stderr.isTTY) stageLine(`Summarising ${formatCount(valid.length)} stories…`);
    const cacheDir = options.cacheDir ?? process.env["BROADSHEET_SUMMARY_CACHE"] ?? ".cache/summaries";
    const result = await digestAll(
      valid.map((item) => ({ key: item.inputPath, input: { title: String(item.data["title"]), text: item.rawInput ?? "" } })),
      { sentences: options.settings.summarySentences, cacheDir },
    );
    recordTiming("summarise", summariseStart, { articles: valid.length, hits: result.hits, misses: result.misses });
    stageLine(`Summarised ${formatCount(valid.length)} stories (${formatCount(result.misses)} new, ${formatCount(result.hits)} from the cache) in ${secondsSince(summariseStart.at)}.`);
    buildTally.stories = valid.length;
    for (const error of result.errors) options.problems.push(new RenderError(error.message, { cause: error }));
    const modelStart = timingMark();
    // Read at every build, so an edit to the vocabulary shows at the next reload; a broken file is reported and
    // the built-in topics stand in, so the rest of the site still builds.
    const topics = readTopicVocabulary(topicsFile);
    options.problems.push(...topics.errors);
    const siteModel = buildSiteModel(valid, result.digests, options.settings, topics.vocabulary);
    recordTiming("model", modelStart);
    const bodies = new Map(valid.map((item) => [item.inputPath, item.rawInput ?? ""]));
    for (const listener of options.onModel ?? []) listener(siteModel.stories, bodies);
    drawStart = Date.now();
    drawn = 0;
    return { items: valid, model: siteModel };
  }
  const modelOf = (api: CollectionApi) => (model ??= build(api));
  let current: SiteModel | undefined;
  const remember = async (api: CollectionApi) => {
    const built = await modelOf(api);
    current = built.model;
    return built;
  };

  eleventyConfig.addCollection("articles", async (api: CollectionApi) => (await remember(api)).items);
  eleventyConfig.addCollection("editions", async (api: CollectionApi) => (await remember(api)).model.editions);
  eleventyConfig.addCollection("listingPages", async (api: CollectionApi) => {
    const { listings } = (await remember(api)).model;
    return [...listings.topics.pages, ...listings.people.pages, ...listings.places.pages, ...listings.sources.pages];
  });
  eleventyConfig.addCollection("months", async (api: CollectionApi) => (await remember(api)).model.months);
  eleventyConfig.addCollection("redirects", async (api: CollectionApi) => (await remember(api)).model.redirects);

  eleventyConfig.addFilter("story", (inputPath: string) => current?.byInputPath.get(inputPath));
  eleventyConfig.addFilter("related", (url: string) => current?.related.get(url) ?? []);
  eleventyConfig.addFilter("listingIndex", (kind: keyof SiteModel["listings"]) => current?.listings[kind].index ?? []);
  // The page of a topic, person, place or source, or "" when it has none (named in one story only).
  eleventyConfig.addFilter("labelUrl", (slug: string, kind: keyof SiteModel["labelUrls"]) => current?.labelUrls[kind].get(slug) ?? "");
  eleventyConfig.addFilter("latestStories", (count: number) => current?.stories.slice(0, count) ?? []);
  eleventyConfig.addFilter("sitemapEntries", () => sitemapEntries(current));
  eleventyConfig.addFilter("jsonFeed", jsonFeed);
  eleventyConfig.addFilter("newsArticleJsonLd", newsArticleJsonLd);
}
