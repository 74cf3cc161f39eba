// The pipeline, written down once and in order: import → summarise → render → index.
import { searchIndexPlugin } from "./index/search-index-plugin.ts";
import { editionsFeedPlugin } from "./newsletter/editions-feed-plugin.ts";
import { siteModelPlugin } from "./render/site-model-plugin.ts";
import { frontMatterGuardPlugin } from "./render/front-matter-guard.ts";
import type { ModelListener } from "./model/model-listener.ts";
import type { EleventyConfig } from "./util/eleventy-config-type.ts";
import { renderPlugin } from "./render/render-plugin.ts";
import { isStorySliceRun } from "./render/render-slices.ts";
import type { ResolvedOptions } from "./model/broadsheet-options.ts";
import type { SiteSettings } from "./util/site-settings.ts";
import { type SummarisedArticles, summarisePlugin } from "./summarise/summarise-plugin.ts";

/**
 * What the build stages share: the plugin's options and the site's settings, a list of problems to report at the
 * end, and who wants the stories as soon as the summarise stage has them.
 */
export interface BuildContext {
  options: ResolvedOptions;
  settings: SiteSettings;
  problems: Error[];
  onModel: ModelListener[];
  /** This build's summarised articles: set by the summarise stage, read by the render stage. */
  summarised?: () => Promise<SummarisedArticles>;
}

/** A stage that runs inside the Eleventy build, as a plugin. */
export interface BuildStage {
  name: string;
  plugin: (eleventyConfig: EleventyConfig, context: BuildContext) => void;
}

/**
 * The build stages in the order they run within one Eleventy build. Import runs before the build, from the CLI
 * (`broadsheet import`, `npm start`, `npm run build`: src/cli/import-inbox.ts); it is not an Eleventy step.
 */
export const buildStages: BuildStage[] = [
  // Bad front matter is reported and its article left out, before anything else reads it.
  {
    name: "check",
    plugin: (config, context) =>
      frontMatterGuardPlugin(config, { problems: context.problems, ownsSite: context.options.ownsSite }),
  },
  // The article files read and each summarised (cached), once a build, when the render stage first asks.
  {
    name: "summarise",
    plugin: (config, context) => {
      context.summarised = summarisePlugin(config, {
        settings: context.settings,
        content: context.options.content,
        cacheDir: context.options.summaryCache,
        drafts: context.options.drafts,
        problems: context.problems,
      });
    },
  },
  // The site's model from the summarised articles (listeners hear of its stories), then the pages drawn from it.
  {
    name: "render",
    plugin: (config, context) => {
      siteModelPlugin(config, {
        settings: context.settings,
        content: context.options.content,
        summarised: () => context.summarised!(),
        drafts: context.options.drafts,
        problems: context.problems,
        onModel: context.onModel,
      });
      renderPlugin(config, {
        settings: context.settings,
        path: context.options.path,
        drafts: context.options.drafts,
        ownsSite: context.options.ownsSite,
      });
    },
  },
  // The editions as a feed (/editions.xml), the newsletter's counterpart for RSS-to-email services.
  // Both draw once per build: not again in the runs that draw a slice of the stories' pages (render-slices.ts).
  {
    name: "editions feed",
    plugin: (config, context) => {
      if (!isStorySliceRun()) editionsFeedPlugin(config, { settings: context.settings, path: context.options.path });
    },
  },
  // The index is built from the stories in Pagefind's own process while Eleventy draws the pages.
  {
    name: "index",
    plugin: (config, context) => {
      if (!isStorySliceRun() && context.options.search)
        searchIndexPlugin(config, {
          ...context,
          path: context.options.path,
          cacheDir: context.options.searchCache,
          planFile: context.options.searchPlan,
        });
    },
  },
];
