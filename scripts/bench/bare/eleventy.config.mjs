// The yardstick of `npm run bench`: Eleventy with nothing of ours — the same Markdown, one layout, no summaries, no search.
import { relative } from "node:path";

export default function configure(eleventyConfig) {
  const input = eleventyConfig.directories.input ?? ".";
  // The articles' directory data file asks for "article.njk": here it is this folder's one-screen layout.
  eleventyConfig.setLayoutsDirectory(relative(input, "scripts/bench/bare"));
  eleventyConfig.setIncludesDirectory(relative(input, "scripts/bench/bare"));
  // The benchmark's content lives under .cache/, which .gitignore names.
  eleventyConfig.setUseGitIgnore(false);
}

export const config = {
  markdownTemplateEngine: false,
  templateFormats: ["md"],
};
