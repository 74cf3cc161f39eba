// The summarise stage inside the build: valid articles, digested (cached), turned into the site's model.
import { join, relative, resolve, sep } from "node:path";
import { RenderError } from "../errors.ts";
import { digestAll } from "../summarise/index.ts";
import { buildTally, formatCount, secondsSince, stageCount, stageLine } from "../util/build-log.ts";
import { recordTiming, timingMark } from "../util/record-timing.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { buildSiteModel, type SiteModel } from "./build-site-model.ts";
import type { ModelListener } from "../model/model-listener.ts";
import type { Story } from "../model/make-story.ts";
import type { EleventyConfig } from "../util/eleventy-config-type.ts";
import { readArticles } from "./read-articles.ts";
import { storiesToRedraw, storyPageHashes } from "./stories-to-redraw.ts";
import { readTopicVocabulary } from "./topics/read-topic-vocabulary.ts";
import { jsonFeed, newsArticleJsonLd, sitemapEntries } from "./feed-filters.ts";

/** Options of the articles plugin. */
export interface ArticlesPluginOptions {
  settings: SiteSettings;
  /** The content folder: its articles/ and topics.json (default: the Eleventy input folder). */
  content?: string;
  /** Where digests are cached between builds (default: ".cache/summaries"). */
  cacheDir?: string;
  /** Keep drafts in a production build, a preview (default: false; serving and watching always keep them). */
  drafts?: boolean;
  /** Receives the problems found in articles, so the build can report them all at its end. */
  problems: Error[];
  /** Called with the stories as soon as they are known, before any page is drawn (the index stage starts then). */
  onModel?: ModelListener[];
}


/**
 * Adds the collections the pages are drawn from (`stories`, `editions`, `listingPages`, `months`, `redirects`) and
 * the filters that look a story up. The model is built once per build, by whichever collection asks first, from the
 * Markdown files under the content folder's `articles/`: they are read here, not as Eleventy templates (one
 * paginated template draws their pages), and watched so that an edit redraws the site while serving.
 */
export function articlesPlugin(eleventyConfig: EleventyConfig, options: ArticlesPluginOptions): void {
  let model: Promise<{ model: SiteModel; bodies: Map<string, string>; toDraw: Story[] }> | undefined;
  const input = options.content ?? (eleventyConfig.directories as { input?: string } | undefined)?.input ?? "content";
  const topicsFile = relative(process.cwd(), join(input, "topics.json"));
  const articlesDir = join(input, "articles");
  eleventyConfig.addWatchTarget(relative(process.cwd(), join(articlesDir, "**/*.md")));
  // While serving, a change to article files alone redraws the pages of the stories it changed (and every listing),
  // not all stories' pages; any other change (a layout, the topics, the settings) redraws them all.
  let onlyArticlesChanged = false;
  let pageHashes: Map<string, string> | undefined;
  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => {
    const root = resolve(articlesDir) + sep;
    onlyArticlesChanged = changed.length > 0 && changed.every((file) => file.endsWith(".md") && resolve(file).startsWith(root));
  });
  // An edit to the topics vocabulary rebuilds the pages while serving, as an edit to an article does.
  eleventyConfig.addWatchTarget(topicsFile);
  let drawStart = Date.now();
  let drawn = 0;
  const countPage = stageCount("Drawing pages…");
  let runMode = "build";
  eleventyConfig.on("eleventy.before", (event: { runMode?: string }) => {
    runMode = event.runMode ?? "build";
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

  async function build() {
    // Drafts are shown while serving or watching, and in a production build only when the options ask for them.
    const read = await readArticles(articlesDir, { drafts: runMode !== "build" || options.drafts === true });
    options.problems.push(...read.problems);
    const valid = read.items;
    valid.sort((a, b) => b.date.getTime() - a.date.getTime() || a.inputPath.localeCompare(b.inputPath));
    const summariseStart = timingMark();
    if (process.stderr.isTTY) stageLine(`Summarising ${formatCount(valid.length)} stories…`);
    const cacheDir = options.cacheDir ?? ".cache/summaries";
    const result = await digestAll(
      valid.map((item) => ({ key: item.inputPath, input: { title: String(item.data["title"]), text: item.rawInput } })),
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
    const bodies = new Map(valid.map((item) => [item.inputPath, item.rawInput]));
    for (const listener of options.onModel ?? []) listener(siteModel.stories, bodies);
    let toDraw = siteModel.stories;
    if (runMode !== "build") {
      const hashes = storyPageHashes(siteModel, bodies);
      toDraw = storiesToRedraw(siteModel.stories, hashes, onlyArticlesChanged ? pageHashes : undefined);
      pageHashes = hashes;
    }
    drawStart = Date.now();
    drawn = 0;
    return { model: siteModel, bodies, toDraw };
  }
  let current: SiteModel | undefined;
  let bodies = new Map<string, string>();
  const remember = async () => {
    const built = await (model ??= build());
    current = built.model;
    bodies = built.bodies;
    return built;
  };

  eleventyConfig.addCollection("stories", async () => (await remember()).model.stories);
  // The stories whose pages this build draws, with one paginated template (pages-plugin.ts): all of them, except
  // while serving after an edit to articles only.
  eleventyConfig.addCollection("storyPages", async () => (await remember()).toDraw);
  eleventyConfig.addCollection("editions", async () => (await remember()).model.editions);
  eleventyConfig.addCollection("listingPages", async () => {
    const { listings } = (await remember()).model;
    return [...listings.topics.pages, ...listings.people.pages, ...listings.places.pages, ...listings.sources.pages];
  });
  eleventyConfig.addCollection("months", async () => (await remember()).model.months);
  eleventyConfig.addCollection("redirects", async () => (await remember()).model.redirects);

  // The Markdown text of a story, as its file holds it after the front matter.
  eleventyConfig.addFilter("storyText", (story: Story) => bodies.get(story.inputPath) ?? "");
  eleventyConfig.addFilter("related", (url: string) => current?.related.get(url) ?? []);
  eleventyConfig.addFilter("listingIndex", (kind: keyof SiteModel["listings"]) => current?.listings[kind].index ?? []);
  // The page of a topic, person, place or source, or "" when it has none (named in one story only).
  eleventyConfig.addFilter("labelUrl", (slug: string, kind: keyof SiteModel["labelUrls"]) => current?.labelUrls[kind].get(slug) ?? "");
  eleventyConfig.addFilter("latestStories", (count: number) => current?.stories.slice(0, count) ?? []);
  eleventyConfig.addFilter("sitemapEntries", () => sitemapEntries(current));
  eleventyConfig.addFilter("jsonFeed", jsonFeed);
  eleventyConfig.addFilter("newsArticleJsonLd", newsArticleJsonLd);
}
