// Eleventy's configuration: the pipeline's build stages as plugins, and the folders.
import { relative } from "node:path";
import { buildStages, type BuildContext } from "./src/pipeline.ts";
import type { EleventyConfig } from "./src/util/eleventy-config-type.ts";
import { reportProblemsPlugin } from "./src/render/report-problems-plugin.ts";
import { readSiteSettings } from "./src/util/site-settings.ts";

export default function configure(eleventyConfig: EleventyConfig): void {
  // The content folder is "content" unless `broadsheet build --content <dir>` says otherwise;
  // layouts always come from this project's layouts/, which Eleventy wants relative to the input.
  const input = (eleventyConfig.directories as { input?: string }).input ?? "content";
  eleventyConfig.setIncludesDirectory(relative(input, "layouts"));
  eleventyConfig.setLayoutsDirectory(relative(input, "layouts"));
  eleventyConfig.ignores.add(`${input}/inbox/**`);
  // Content folders may live under an ignored folder (test and benchmark sites under .cache/): the content
  // folder decides what is built, not the project's .gitignore.
  eleventyConfig.setUseGitIgnore(false);
  const context: BuildContext = { settings: readSiteSettings(input), problems: [], onModel: [] };
  for (const stage of buildStages) eleventyConfig.addPlugin(stage.plugin, context);
  eleventyConfig.addPlugin(reportProblemsPlugin, context);
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
