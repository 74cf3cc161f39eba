// The index stage: Pagefind's Node API builds the search index from the rendered site, after Eleventy.
import { join } from "node:path";
import * as pagefind from "pagefind";
import { IndexError } from "../errors.ts";
import type { EleventyConfig } from "../render/eleventy-config-type.ts";

/** Builds `<output>/pagefind/` from the pages that carry `data-pagefind-body` (the articles). */
export async function buildSearchIndex(outputDir: string): Promise<{ pages: number; errors: IndexError[] }> {
  const { index, errors: createErrors } = await pagefind.createIndex({});
  if (!index) return { pages: 0, errors: createErrors.map((message) => new IndexError(message)) };
  try {
    const added = await index.addDirectory({ path: outputDir });
    const written = await index.writeFiles({ outputPath: join(outputDir, "pagefind") });
    const errors = [...added.errors, ...written.errors].map((message) => new IndexError(message, { path: outputDir }));
    return { pages: added.page_count, errors };
  } finally {
    await pagefind.close();
  }
}

/** Runs `buildSearchIndex` after every Eleventy build. */
export function searchIndexPlugin(eleventyConfig: EleventyConfig, options: { problems: Error[] }): void {
  // `directories` is the normalised set (the deprecated `dir` ignores an output folder given on the command line).
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const { errors } = await buildSearchIndex(directories.output);
    options.problems.push(...errors);
  });
}
