// Eleventy's configuration of the standalone digest: a minimal host site whose one plugin is Broadsheet.
import { broadsheetPlugin } from "./src/plugin/broadsheet-plugin.ts";
import { standaloneOptions } from "./src/plugin/standalone-options.ts";
import type { EleventyConfig } from "./src/util/eleventy-config-type.ts";

/** Adds the plugin with the options `broadsheet build` or `start` gave (their flags, never environment variables). */
export default function configure(eleventyConfig: EleventyConfig): void {
  // The content folder decides what is built, not the project's .gitignore: test and benchmark content lives
  // under ignored folders (.cache/).
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.addPlugin(broadsheetPlugin, standaloneOptions(eleventyConfig));
}

export const config = {
  dir: { input: "content", data: "_data", output: "_site" },
  // Article bodies are text from the open web: never run them through a template engine.
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
  // Only the site's own pages are templates: the articles (content/articles/**/*.md) are data, read by the
  // summarise stage and drawn by one paginated template.
  templateFormats: ["njk"],
};
