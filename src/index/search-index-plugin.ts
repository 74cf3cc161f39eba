// The index stage: Pagefind's Node API builds the search index from the rendered site, after Eleventy.
import { relative } from "node:path";
import type { EleventyConfig } from "../render/eleventy-config-type.ts";
import { readSiteSettings } from "../util/site-settings.ts";
import { buildSearchIndex } from "./build-search-index.ts";

export { buildSearchIndex } from "./build-search-index.ts";

/**
 * Where articles are written: content/articles/YYYY/MM/DD/<slug>.md is served at /YYYY/MM/DD/<slug>/ (see
 * content/articles/articles.11tydata.mjs). Giving Pagefind only these files spares it parsing every listing page.
 */
export const DATED_ARTICLE_PAGES = "[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/*/index.html";
const DATED_ARTICLE_PAGE = /^\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/;

/** A page Eleventy wrote, as `eleventy.after` reports it. */
interface WrittenPage {
  outputPath: string | false;
  content?: string;
}

/**
 * The glob of the pages to index: the dated article pages when every page that asks to be indexed (`data-pagefind-body`)
 * is one of them; otherwise (a hand-placed article elsewhere) every page, so that none is left out.
 */
export function pagesToIndex(outputDir: string, written: WrittenPage[]): string | undefined {
  const indexed = written.filter((page) => page.outputPath && page.content?.includes("data-pagefind-body"));
  const dated = indexed.every((page) => DATED_ARTICLE_PAGE.test(relative(outputDir, page.outputPath as string).replaceAll("\\", "/")));
  return dated ? DATED_ARTICLE_PAGES : undefined;
}

/** Runs `buildSearchIndex` after every Eleventy build, in the site's language. */
export function searchIndexPlugin(eleventyConfig: EleventyConfig, options: { problems: Error[] }): void {
  // `directories` is the normalised set (the deprecated `dir` ignores an output folder given on the command line).
  eleventyConfig.on(
    "eleventy.after",
    async ({ directories, results }: { directories: { input: string; output: string }; results: WrittenPage[] }) => {
      // The pipeline hands this stage no settings; site.json is read where the render stage reads it, in the input folder.
      const { language } = readSiteSettings(directories.input);
      const { errors } = await buildSearchIndex(directories.output, { language, glob: pagesToIndex(directories.output, results) });
      options.problems.push(...errors);
    },
  );
}
