// The yardstick of `npm run bench`: Eleventy with nothing of ours — the same Markdown, one layout, no summaries, no search.
import { relative } from "node:path";

export default function configure(eleventyConfig) {
  const input = eleventyConfig.directories.input ?? ".";
  // Every article is drawn with "article.njk" (this folder's one-screen layout) at the site's URL, without the
  // /articles prefix: what the articles' directory data file did before Broadsheet drew them from its model.
  eleventyConfig.addGlobalData("layout", "article.njk");
  eleventyConfig.addGlobalData("eleventyComputed", {
    permalink: (data) => `${data.page.filePathStem.replace(/^\/articles\//, "/")}/`,
  });
  eleventyConfig.setLayoutsDirectory(relative(input, "scripts/bench/bare"));
  eleventyConfig.setIncludesDirectory(relative(input, "scripts/bench/bare"));
  // The benchmark's content lives under .cache/, which .gitignore names.
  eleventyConfig.setUseGitIgnore(false);
}

export const config = {
  markdownTemplateEngine: false,
  templateFormats: ["md"],
};
