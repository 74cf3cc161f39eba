// Eleventy's configuration: the pipeline's build stages as plugins, and the folders.
import { buildStages, type BuildContext } from "./src/pipeline.ts";
import type { EleventyConfig } from "./src/render/eleventy-config-type.ts";
import { reportProblemsPlugin } from "./src/render/report-problems-plugin.ts";
import { readSiteSettings } from "./src/util/site-settings.ts";

export default function configure(eleventyConfig: EleventyConfig): void {
  const context: BuildContext = { settings: readSiteSettings("content"), problems: [] };
  for (const stage of buildStages) eleventyConfig.addPlugin(stage.plugin, context);
  eleventyConfig.addPlugin(reportProblemsPlugin, context);
}

export const config = {
  dir: { input: "content", includes: "../layouts", layouts: "../layouts", data: "_data", output: "_site" },
  // Article bodies are text from the open web: never run them through a template engine.
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
  templateFormats: ["md", "njk"],
};
