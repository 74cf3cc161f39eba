// The site's own pages, added as virtual templates so that content/ holds only content.
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { packagePath } from "../util/package-root.ts";
import { KINDS, monthLabel } from "./group-stories.ts";
import type { EleventyConfig } from "../util/eleventy-config-type.ts";
import { LAYOUT_NAMESPACE } from "./digest-layouts-plugin.ts";
import { inDigest } from "./digest-path-plugin.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { isStorySliceRun } from "./render-slices.ts";

/**
 * The collections a page draws from, for `eleventy --watch --incremental`: Eleventy re-renders a page after an
 * article changes only when the page paginates a collection or names it in `eleventyImport.collections`. Pages that
 * read the site's model through filters (the feeds, the sitemap, the indexes) name the collections here, or an
 * incremental rebuild would leave them as they were before the change.
 */
const uses = (...collections: string[]) => ({ eleventyImport: { collections } });

/**
 * A page of the site: its layout (in layouts/, named under broadsheet/) and front matter. Feeds are templates of
 * their own. `siteWide` pages are written only when the digest is the whole site, never into a host's root.
 */
const PAGES: { path: string; data: Record<string, unknown>; template?: string; siteWide?: boolean }[] = [
  // Every story's page, from the site model: the article files are read by the summarise stage, not as templates.
  {
    path: "articles.njk",
    data: {
      layout: "article.njk",
      pagination: { data: "collections.broadsheetStoryPages", size: 1, alias: "story" },
      permalink: "{{ story.url }}",
    },
  },
  { path: "index.njk", data: { layout: "edition.njk", permalink: "/", home: true, ...uses("broadsheetEditions") } },
  {
    path: "editions.njk",
    data: {
      layout: "edition.njk",
      pagination: { data: "collections.broadsheetEditionsDrawn", size: 1, alias: "edition" },
      permalink: "{{ edition.url }}",
    },
  },
  {
    path: "listings.njk",
    data: {
      layout: "listing.njk",
      pagination: { data: "collections.broadsheetListingPagesDrawn", size: 1, alias: "listing" },
      permalink: "{{ listing.url }}",
    },
  },
  ...Object.entries(KINDS).map(([kind, { title }]) => ({
    path: `${kind}.njk`,
    data: { layout: "listing-index.njk", permalink: `/${kind}/`, title, kind, ...uses("broadsheetListingPages") },
  })),
  {
    path: "archive.njk",
    data: { layout: "archive.njk", permalink: "/archive/", title: "Archive", ...uses("broadsheetMonths") },
  },
  {
    path: "archive-months.njk",
    data: {
      layout: "archive-month.njk",
      pagination: { data: "collections.broadsheetMonthsDrawn", size: 1, alias: "month" },
      permalink: "{{ month.url }}",
    },
  },
  {
    path: "redirects.njk",
    data: {
      layout: "redirect.njk",
      pagination: { data: "collections.broadsheetRedirects", size: 1, alias: "redirect" },
      permalink: "{{ redirect.from }}",
    },
  },
  { path: "search.njk", data: { layout: "search.njk", permalink: "/search/", title: "Search", ownSearchBox: true } },
  {
    path: "credits.njk",
    data: { layout: "credits.njk", permalink: "/credits/", title: "Credits", ...uses("broadsheetListingPages") },
  },
  {
    path: "404.njk",
    data: { layout: "404.njk", permalink: "/404.html", title: "Page not found", ownSearchBox: true },
    siteWide: true,
  },
  {
    path: "feed-atom.njk",
    data: { permalink: "/feed.xml", ...uses("broadsheetStories") },
    template: "layouts/feeds/atom.njk",
  },
  {
    path: "feed-json.njk",
    data: { permalink: "/feed.json", ...uses("broadsheetStories") },
    template: "layouts/feeds/json-feed.njk",
  },
  {
    path: "sitemap.njk",
    data: {
      permalink: "/sitemap.xml",
      ...uses("broadsheetStories", "broadsheetEditions", "broadsheetListingPages", "broadsheetMonths"),
    },
    template: "layouts/feeds/sitemap.njk",
  },
  { path: "robots.njk", data: { permalink: "/robots.txt" }, template: "layouts/feeds/robots.njk", siteWide: true },
];

/** "{{ edition.url }}" → "{{ edition.url | broadsheetInDigest }}"; "/search/" → "/news/search/" under "/news/". */
function permalinkIn(permalink: unknown, path: string): unknown {
  if (typeof permalink !== "string") return permalink;
  return permalink.includes("{{") ? permalink.replace(/\s*}}/, " | broadsheetInDigest }}") : inDigest(permalink, path);
}

/** Where the digest is in its site, and whether it is the whole site (default: "/" and true). */
export interface PagesOptions {
  settings: SiteSettings;
  path?: string;
  ownsSite?: boolean;
}

/**
 * Adds the site's pages, the filters the layouts share, and the copied assets. Each page carries the settings as
 * its `site` data, which wins over a host's own global `site` data on the digest's pages only.
 */
export function pagesPlugin(eleventyConfig: EleventyConfig, options: PagesOptions): void {
  const { settings } = options;
  const path = options.path ?? "/";
  // The later runs of a sliced build (render-slices.ts) draw stories' pages only.
  for (const page of isStorySliceRun() ? PAGES.filter((page) => page.path === "articles.njk") : PAGES) {
    if (page.siteWide && options.ownsSite === false) continue;
    const content = page.template ? readFileSync(packagePath(page.template), "utf8") : "";
    const data: Record<string, unknown> = {
      ...page.data,
      permalink: permalinkIn(page.data["permalink"], path),
      site: settings,
    };
    if (typeof data["layout"] === "string") data["layout"] = `${LAYOUT_NAMESPACE}/${data["layout"]}`;
    eleventyConfig.addTemplate(`_broadsheet/${page.path}`, content, { ...data, eleventyExcludeFromCollections: true });
  }
  // A negative count takes the last items, as the `head` filter of Eleventy's base blog does (a host may use it).
  eleventyConfig.addFilter("broadsheetHead", <T>(items: T[] | undefined, count: number) =>
    count < 0 ? (items ?? []).slice(count) : (items ?? []).slice(0, count),
  );
  // The editions after the latest that the front page shows in brief: day by day until `stories` are shown in all.
  eleventyConfig.addFilter("broadsheetEarlierUntil", (editions: { count: number }[] | undefined, stories: number) => {
    const list = editions ?? [];
    let shown = list[0]?.count ?? 0;
    let end = 1;
    while (end < list.length && shown < stories) shown += list[end++]!.count;
    return list.slice(1, end);
  });
  eleventyConfig.addFilter("broadsheetMonthLabel", (month: string) => monthLabel(month, settings.locale));
  // Own keys only: a source named "constructor" must not print Object's constructor.
  eleventyConfig.addFilter("broadsheetSourceNote", (name: string) =>
    Object.hasOwn(settings.sourceNotes, name) ? settings.sourceNotes[name] : "",
  );
  eleventyConfig.addFilter("broadsheetKindTitle", (kind: keyof typeof KINDS) => KINDS[kind].title);
  // JSON for a <script type="application/ld+json">: "<" escaped so no text can close the script element.
  eleventyConfig.addFilter("broadsheetJsonScript", (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c"));
  // Relative to the project, as Eleventy copies it: the installed package lies in the host's node_modules/.
  eleventyConfig.addPassthroughCopy({
    [relative(process.cwd(), packagePath("layouts", "assets"))]: inDigest("/assets", path).slice(1),
  });
}
