// The site's own pages (home, search, 404), added as virtual templates so content/ holds only content.
import type { EleventyConfig } from "./eleventy-config-type.ts";

/** The pages every digest has: a virtual template each, drawn by the layout of the same name. */
const PAGES = [
  { path: "index.njk", layout: "home.njk", permalink: "/", title: "" },
  { path: "search.njk", layout: "search.njk", permalink: "/search/", title: "Search" },
  { path: "404.njk", layout: "404.njk", permalink: "/404.html", title: "Page not found" },
];

/** Adds the site's pages, the `head` filter and the copied assets. */
export function pagesPlugin(eleventyConfig: EleventyConfig): void {
  for (const page of PAGES) {
    eleventyConfig.addTemplate(`_pages/${page.path}`, "", {
      layout: page.layout,
      permalink: page.permalink,
      title: page.title,
      eleventyExcludeFromCollections: true,
    });
  }
  eleventyConfig.addFilter("head", <T>(items: T[] | undefined, count: number) => (items ?? []).slice(0, count));
  eleventyConfig.addPassthroughCopy({ "layouts/assets": "assets" });
}
