// The render stage's Eleventy setup: Markdown, date filters, the site's pages and layouts, drafts and the paths.
import { HtmlBasePlugin } from "@11ty/eleventy";
import { fullUrlPlugin } from "./full-url.ts";
import { packagePath } from "../util/package-root.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { briefFilterPlugin } from "./brief-filter.ts";
import { dateFiltersPlugin } from "./date-filters.ts";
import type { EleventyConfig } from "../util/eleventy-config-type.ts";
import { createMarkdown, safeUrl } from "../model/markdown.ts";
import { digestLayoutsPlugin } from "./digest-layouts-plugin.ts";
import { digestPathPlugin } from "./digest-path-plugin.ts";
import { pagesPlugin } from "./pages-plugin.ts";
import { isDraft } from "../model/is-draft.ts";
import { securityHeadersPlugin } from "./security-headers-plugin.ts";

/** Options of the render stage. */
export interface RenderOptions {
  settings: SiteSettings;
  /** The digest's URL path within the site (default: "/"). */
  path?: string;
  /** Let drafts into a production build (default: false; serving and watching always show them). */
  drafts?: boolean;
  /** The digest is the whole site and writes the site-wide files: robots.txt, _headers, 404.html (default: true). */
  ownsSite?: boolean;
}

/** Adds everything the layouts need to draw the site. */
export function renderPlugin(eleventyConfig: EleventyConfig, options: RenderOptions): void {
  const ownsSite = options.ownsSite ?? true;
  const markdown = createMarkdown();
  // A host keeps its own Markdown library for its own pages; the digest's articles are drawn with ours.
  if (ownsSite) eleventyConfig.setLibrary("md", markdown);
  eleventyConfig.addFilter("broadsheetMarkdown", (text: string) => markdown.render(String(text ?? "")));
  eleventyConfig.addFilter("broadsheetSafeUrl", safeUrl);
  // Autoescape on: every value from an article is text unless a layout says `| safe`.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  // In a host, each of the digest's pages carries `site` itself (pages-plugin.ts): the host's `site` stays its own.
  if (ownsSite) eleventyConfig.addGlobalData("site", options.settings);
  eleventyConfig.addPlugin(digestLayoutsPlugin);
  eleventyConfig.addPlugin(digestPathPlugin, { path: options.path ?? "/" });
  eleventyConfig.addPlugin(dateFiltersPlugin, options.settings);
  eleventyConfig.addPlugin(pagesPlugin, { settings: options.settings, path: options.path ?? "/", ownsSite });
  eleventyConfig.addPlugin(briefFilterPlugin);
  // The Content Security Policy: a <meta> in base.njk, and a _headers file when the digest is the whole site.
  eleventyConfig.addPlugin(securityHeadersPlugin, { headersFile: ownsSite });
  // Rewrites every absolute link for a path prefix (--path-prefix /digest/), so layouts write plain "/…".
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(fullUrlPlugin);
  // Drafts are shown while editing (serve, watch) and left out of a production build,
  // unless `broadsheet build --drafts` asks for them (a preview build). A draft field that is not a plain
  // true/false (`draft: "yes"`) is reported by the validator and kept out too: an embargo fails closed.
  let runMode = "build";
  eleventyConfig.on("eleventy.before", (event: { runMode?: string }) => {
    runMode = event.runMode ?? "build";
  });
  eleventyConfig.addPreprocessor("drafts", "*", (data: { draft?: unknown }) => {
    const keep = runMode !== "build" || options.drafts === true;
    if (isDraft(data.draft) && !keep) return false;
    return undefined;
  });
  eleventyConfig.addWatchTarget(packagePath("layouts", "assets"));
}
