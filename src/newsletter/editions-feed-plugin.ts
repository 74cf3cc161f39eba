// Adds /editions.xml, an Atom feed with one entry per edition, for feed readers and RSS-to-email services.
import { readFileSync } from "node:fs";
import type { EleventyConfig } from "../util/eleventy-config-type.ts";
import type { Edition } from "../model/site-model.ts";
import { inDigest } from "../render/digest-path-plugin.ts";
import { packagePath } from "../util/package-root.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { editionFeedHtml, editionUpdated } from "./edition-feed-html.ts";

/** Editions in the feed, newest first (default: 50), as /feed.xml holds the latest 50 stories. */
export const FEED_EDITIONS = 50;

/** The feed's template, under layouts/feeds/. */
const TEMPLATE = "layouts/feeds/editions-atom.njk";

/** Adds the feed's page and the `editionFeedHtml` and `editionUpdated` filters it draws with. */
export function editionsFeedPlugin(
  eleventyConfig: EleventyConfig,
  options: { settings: SiteSettings; path?: string },
): void {
  eleventyConfig.addFilter("broadsheetEditionFeedHtml", (edition: Edition, home: string) =>
    editionFeedHtml(edition, options.settings, home),
  );
  eleventyConfig.addFilter("broadsheetEditionUpdated", editionUpdated);
  eleventyConfig.addTemplate("_broadsheet/feed-editions.njk", readFileSync(packagePath(TEMPLATE), "utf8"), {
    permalink: inDigest("/editions.xml", options.path ?? "/"),
    site: options.settings,
    feedEditions: FEED_EDITIONS,
    eleventyExcludeFromCollections: true,
    // Redrawn when an article changes while watching (see pages-plugin.ts).
    eleventyImport: { collections: ["broadsheetEditions"] },
  });
}
