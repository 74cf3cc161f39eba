// Prints what went wrong in a build (invalid articles, summary or index errors) and makes the exit code say so.
import type { EleventyConfig } from "../util/eleventy-config-type.ts";

/** After each build: prints every problem, one line each, and sets a non-zero exit code when there is any. */
export function reportProblemsPlugin(eleventyConfig: EleventyConfig, context: { problems: Error[] }): void {
  eleventyConfig.on("eleventy.before", () => {
    context.problems.length = 0;
  });
  eleventyConfig.on("eleventy.after", () => {
    if (context.problems.length === 0) return;
    for (const problem of context.problems) console.error(`[broadsheet] ${problem.message}`);
    console.error(
      `[broadsheet] ${context.problems.length} problem(s): the pages above were left out or are incomplete.`,
    );
    process.exitCode = 1;
  });
}
