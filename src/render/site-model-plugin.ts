// The render stage's model: the summarised articles turned into the site's model, and the collections drawn from it.
import { join, relative, resolve, sep } from "node:path";
import type { SummarisedArticles } from "../summarise/summarise-plugin.ts";
import { buildTally, formatCount, secondsSince, stageCount, stageLine, stageNote } from "../util/build-log.ts";
import { signalBuild, whenPagesLinked } from "../util/build-signals.ts";
import { recordTiming, timingMark } from "../util/record-timing.ts";
import { KeptBetweenBuilds } from "../util/kept-between-builds.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { buildSiteModel } from "./build-site-model.ts";
import type { SiteModel } from "../model/site-model.ts";
import type { ModelListener } from "../model/model-listener.ts";
import type { Story } from "../model/make-story.ts";
import type { EleventyConfig } from "../util/eleventy-config-type.ts";
import {
  type ListedPage,
  listedPageHashes,
  listedPages,
  listingPages,
  ownStoryHashes,
  pagesToRedraw,
  storyPageHashes,
} from "./page-hashes.ts";
import { renderKey } from "./render-key.ts";
import { carryPages, dropStalePages, pagesManifestFile, planPageReuse, recordPages } from "./reuse-pages.ts";
import { finalFolderOf } from "../util/replace-folder.ts";
import { isLastRun, isStorySliceRun, runOf, sharedAcrossRuns, storiesOfRun } from "./render-slices.ts";
import { readTopicVocabulary } from "./topics/read-topic-vocabulary.ts";
import { jsonFeed, newsArticleJsonLd, sitemapEntries } from "./feed-filters.ts";

/** What the pages are drawn from: the model, the stories' texts, the pages to draw and to reuse. */
interface BuiltModel {
  model: SiteModel;
  bodies: Map<string, string>;
  /** The stories whose pages this build draws. */
  toDraw: Story[];
  /** The editions, listing pages and archive months this build draws. */
  listedToDraw: Set<ListedPage>;
  /** A production build's plan to take unchanged pages from the last build (see reuse-pages.ts). */
  reuse?: Awaited<ReturnType<typeof planPageReuse>> & {
    hashes: Map<string, string>;
    key: string;
    output: string;
    manifest: string;
  };
  drawStart: number;
}

/** Options of the articles plugin. */
export interface SiteModelPluginOptions {
  settings: SiteSettings;
  /** The content folder: its articles/ and topics.json (default: the Eleventy input folder). */
  content?: string;
  /** This build's summarised articles, from the summarise stage (summarise-plugin.ts). */
  summarised: () => Promise<SummarisedArticles>;
  /** Keep drafts in a production build, a preview (default: false; serving and watching always keep them). */
  drafts?: boolean;
  /** Receives the problems found in articles, so the build can report them all at its end. */
  problems: Error[];
  /** Called with the stories as soon as they are known, before any page is drawn (the index stage starts then). */
  onModel?: ModelListener[];
}

/**
 * Adds the collections the pages are drawn from (`broadsheetStories`, `broadsheetEditions`, …, and those a build draws) and
 * the filters that look a story up. The model is built once per build, by whichever collection asks first, from the
 * summarise stage's articles and digests.
 */
export function siteModelPlugin(eleventyConfig: EleventyConfig, options: SiteModelPluginOptions): void {
  let model: Promise<BuiltModel> | undefined;
  const input = options.content ?? (eleventyConfig.directories as { input?: string } | undefined)?.input ?? "content";
  const topicsFile = relative(process.cwd(), join(input, "topics.json"));
  const articlesDir = join(input, "articles");
  // While serving, a change to article files alone redraws the pages of the stories it changed (and every listing),
  // not all stories' pages; any other change (a layout, the topics, the settings) redraws them all.
  let onlyArticlesChanged = false;
  let pageHashes: Map<string, string> | undefined;
  eleventyConfig.on("eleventy.beforeWatch", (changed: string[]) => {
    const root = resolve(articlesDir) + sep;
    onlyArticlesChanged =
      changed.length > 0 && changed.every((file) => file.endsWith(".md") && resolve(file).startsWith(root));
  });
  // An edit to the topics vocabulary rebuilds the pages while serving, as an edit to an article does.
  eleventyConfig.addWatchTarget(topicsFile);
  let drawn = 0;
  const countPage = stageCount("Drawing pages…");
  let runMode = "build";
  const draftsShown = (): boolean => runMode !== "build" || options.drafts === true;
  eleventyConfig.on("eleventy.before", (event: { runMode?: string }) => {
    runMode = event.runMode ?? "build";
    model = undefined;
    drawn = 0;
    // The later runs of a sliced build (render-slices.ts) carry on the first one's build.
    if (isStorySliceRun()) return;
    Object.assign(buildTally, { stories: 0, pages: 0, indexBytes: 0 });
    recordTiming("build-start");
  });
  // Each page passes here as it is drawn: the live count on a terminal.
  eleventyConfig.addTransform("count-pages", (content: unknown) => {
    countPage(++drawn);
    return content;
  });
  // Pages are written when "eleventy.after" begins; what follows it (the search index) is timed from the last run's.
  eleventyConfig.on("eleventy.after", async (event: { results?: unknown[] }) => {
    buildTally.pages += event.results?.length ?? drawn;
    const built = await model;
    if (!isLastRun() || !built) return;
    recordTiming("render-end");
    const [, runs] = runOf();
    const carried = built.reuse?.reuse.length ?? 0;
    stageLine(
      `Drew ${formatCount(buildTally.pages)} pages${runs > 1 ? ` in ${runs} runs` : ""} in ${secondsSince(built.drawStart)}${carried ? ` (and took ${formatCount(carried)} unchanged pages from the last build)` : ""}.`,
    );
    if (!built.reuse) return;
    const done = built.reuse;
    buildTally.pages += carried;
    // A record that cannot be written only costs the next build time: it draws every page again.
    await recordPages(done.output, done.manifest, done.key, done.hashes, done.draw, done.records).catch(
      () => undefined,
    );
  });

  // While serving, each story's own work is kept from one rebuild to the next (a build of its own keeps nothing).
  const kept = new KeptBetweenBuilds();
  async function build(): Promise<BuiltModel> {
    const { items: valid, digests } = await options.summarised();
    const modelStart = timingMark();
    stageNote(`Relating ${formatCount(valid.length)} stories and making the editions and listings…`);
    // Read at every build, so an edit to the vocabulary shows at the next reload; a broken file is reported and
    // the built-in topics stand in, so the rest of the site still builds.
    const topics = readTopicVocabulary(topicsFile);
    options.problems.push(...topics.errors);
    const serving = runMode !== "build";
    const siteModel = await buildSiteModel(
      valid,
      digests,
      options.settings,
      topics.vocabulary,
      serving ? kept : undefined,
    );
    if (serving) kept.sweep();
    recordTiming("model", modelStart);
    if (runMode === "build")
      stageLine(
        `Related the stories and made ${formatCount(siteModel.editions.length)} editions and ${formatCount(listingPages(siteModel).length)} listing pages in ${secondsSince(modelStart.at)}.`,
      );
    const bodies = new Map(valid.map((item) => [item.inputPath, item.rawInput]));
    for (const listener of options.onModel ?? []) listener(siteModel.stories, bodies);
    // Every page drawn from one item of the model (a story, an edition, a page of a listing, an archive month), by
    // what it shows: one that shows what it showed in the last build is not drawn again.
    const own = ownStoryHashes(siteModel);
    const hashes = new Map([...storyPageHashes(siteModel, bodies, own), ...listedPageHashes(siteModel, own)]);
    const listed = listedPages(siteModel);
    const pages: (Story | ListedPage)[] = [...siteModel.stories, ...listed];
    let toDraw = pages;
    let reuse: BuiltModel["reuse"];
    if (runMode !== "build") {
      toDraw = pagesToRedraw(pages, hashes, onlyArticlesChanged ? pageHashes : undefined);
      pageHashes = hashes;
    } else {
      const output = (eleventyConfig.directories as { output?: string }).output ?? "_site";
      const final = finalFolderOf(output);
      const pathPrefix = (eleventyConfig as { pathPrefix?: string }).pathPrefix ?? "/";
      const key = await renderKey({ settings: options.settings, pathPrefix, drafts: draftsShown() });
      const manifest = pagesManifestFile(final);
      const plan = await planPageReuse(pages, hashes, key, final, manifest);
      toDraw = plan.draw;
      signalBuild({
        drawing: toDraw.length,
        stories: siteModel.stories.length,
        rssMb: Math.round(process.memoryUsage.rss() / 2 ** 20),
      });
      if (resolve(final) !== resolve(output)) {
        // The build that started this process may be linking the last build's pages into the folder meanwhile:
        // when it linked them all, only the links of the pages not taken go.
        if (await whenPagesLinked()) dropStalePages(plan.stale, plan.draw, output);
        else carryPages(plan.reuse, plan.draw, final, output);
      }
      reuse = { ...plan, hashes, key, output, manifest };
    }
    const drawn = new Set<unknown>(toDraw);
    return {
      model: siteModel,
      bodies,
      toDraw: siteModel.stories.filter((story) => drawn.has(story)),
      listedToDraw: new Set(listed.filter((page) => drawn.has(page))),
      reuse,
      drawStart: Date.now(),
    };
  }
  let current: SiteModel | undefined;
  let bodies = new Map<string, string>();
  const remember = async () => {
    const built = await (model ??= sharedAcrossRuns(build));
    current = built.model;
    bodies = built.bodies;
    return built;
  };

  eleventyConfig.addCollection("broadsheetStories", async () => (await remember()).model.stories);
  // The stories whose pages this run draws, with one paginated template (pages-plugin.ts): all of them, except
  // while serving after an edit to articles only, or when a large build draws them in slices.
  eleventyConfig.addCollection("broadsheetStoryPages", async () =>
    storiesOfRun((await remember()).toDraw, Math.max(1, options.settings.renderSliceStories)),
  );
  // The runs that draw a slice of the stories draw no listing.
  const listed = async <T>(pick: (model: SiteModel) => T[]): Promise<T[]> => {
    const built = await remember();
    return isStorySliceRun() ? [] : pick(built.model);
  };
  eleventyConfig.addCollection("broadsheetEditions", () => listed((model) => model.editions));
  eleventyConfig.addCollection("broadsheetListingPages", () => listed(listingPages));
  eleventyConfig.addCollection("broadsheetMonths", () => listed((model) => model.months));
  // The editions, listing pages and archive months whose pages this build draws (the paginated templates): those
  // that show something new since the last build into the same folder, or since the last redraw while serving.
  const drawnOf = async <T extends ListedPage>(pick: (model: SiteModel) => T[]): Promise<T[]> => {
    const built = await remember();
    return isStorySliceRun() ? [] : pick(built.model).filter((page) => built.listedToDraw.has(page));
  };
  eleventyConfig.addCollection("broadsheetEditionsDrawn", () => drawnOf((model) => model.editions));
  eleventyConfig.addCollection("broadsheetListingPagesDrawn", () => drawnOf(listingPages));
  eleventyConfig.addCollection("broadsheetMonthsDrawn", () => drawnOf((model) => model.months));
  eleventyConfig.addCollection("broadsheetRedirects", () => listed((model) => model.redirects));

  // The Markdown text of a story, as its file holds it after the front matter.
  eleventyConfig.addFilter("broadsheetStoryText", (story: Story) => bodies.get(story.inputPath) ?? "");
  eleventyConfig.addFilter("broadsheetRelated", (url: string) => current?.related.get(url) ?? []);
  eleventyConfig.addFilter(
    "broadsheetListingIndex",
    (kind: keyof SiteModel["listings"]) => current?.listings[kind].index ?? [],
  );
  // The page of a topic, person, place or source, or "" when it has none (named in one story only).
  eleventyConfig.addFilter(
    "broadsheetLabelUrl",
    (slug: string, kind: keyof SiteModel["labelUrls"]) => current?.labelUrls[kind].get(slug) ?? "",
  );
  eleventyConfig.addFilter("broadsheetLatestStories", (count: number) => current?.stories.slice(0, count) ?? []);
  eleventyConfig.addFilter("broadsheetSitemapEntries", () => sitemapEntries(current));
  eleventyConfig.addFilter("broadsheetJsonFeed", jsonFeed);
  eleventyConfig.addFilter("broadsheetNewsArticleJsonLd", newsArticleJsonLd);
}
