// The render stage's Eleventy setup: Markdown, date filters, the site's pages, drafts and the path prefix.
import { HtmlBasePlugin } from "@11ty/eleventy";
import type { SiteSettings } from "../util/site-settings.ts";
import { briefFilterPlugin } from "./brief-filter.ts";
import { dateFiltersPlugin } from "./date-filters.ts";
import type { EleventyConfig } from "../util/eleventy-config-type.ts";
import { createMarkdown, safeUrl } from "../model/markdown.ts";
import { pagesPlugin } from "./pages-plugin.ts";
import { draftsShown, isDraft } from "../model/is-draft.ts";
import { securityHeadersPlugin } from "./security-headers-plugin.ts";

/** Adds everything the layouts need to draw the site. */
export function renderPlugin(eleventyConfig: EleventyConfig, options: { settings: SiteSettings }): void {
  const markdown = createMarkdown();
  eleventyConfig.setLibrary("md", markdown);
  eleventyConfig.addFilter("markdown", (text: string) => markdown.render(String(text ?? "")));
  eleventyConfig.addFilter("safeUrl", safeUrl);
  // Autoescape on: every value from an article is text unless a layout says `| safe`.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  eleventyConfig.addGlobalData("site", options.settings);
  eleventyConfig.addPlugin(dateFiltersPlugin, options.settings);
  eleventyConfig.addPlugin(pagesPlugin, options.settings);
  eleventyConfig.addPlugin(briefFilterPlugin);
  // The Content Security Policy: a <meta> in base.njk and a _headers file.
  eleventyConfig.addPlugin(securityHeadersPlugin);
  // Rewrites every absolute link for a path prefix (--path-prefix /digest/), so layouts write plain "/…".
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // Drafts are shown while editing (serve, watch) and left out of a production build,
  // unless `broadsheet build --drafts` asks for them (a preview build). A draft field that is not a plain
  // true/false (`draft: "yes"`) is reported by the validator and kept out too: an embargo fails closed.
  eleventyConfig.addPreprocessor("drafts", "*", (data: { draft?: unknown }) => {
    if (isDraft(data.draft) && !draftsShown()) return false;
    return undefined;
  });
  eleventyConfig.addWatchTarget("layouts/assets/");
}
