// Reads front matter so that one broken article cannot stop the build: bad YAML and wrong types become
// problems that name the file and field, and the article is left out, while every other page is built.
import { relative } from "node:path";
import { parseYaml } from "../model/article-file.ts";
import { RenderError } from "../errors.ts";
import { isReservedField, reservedFieldProblems } from "../util/reserved-fields.ts";
import type { EleventyConfig } from "../util/eleventy-config-type.ts";
import { validateArticle } from "../model/validate-article.ts";
import { readYamlError } from "../util/read-yaml-error.ts";

/** The key under which a file's front matter problems travel to the preprocessor. */
const PROBLEMS = "broadsheetProblems";

/** Fields Eleventy itself reads (and throws on when their type is wrong), dropped when invalid. */
const GUARDED = ["date", "tags", "permalink", "layout", "draft"];

/**
 * Parses YAML front matter like Eleventy does (js-yaml), but never throws: a syntax error becomes a problem
 * with its line, and invalid values of the fields Eleventy reads are removed and reported.
 */
export function parseFrontMatter(text: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = parseYaml(text) ?? {};
  } catch (error) {
    // gray-matter hands over the front matter from the end of the opening "---" line (default first line 1).
    const { line, reason } = readYamlError(error);
    const where = line !== undefined ? `line ${line}: ` : "";
    return { [PROBLEMS]: [`${where}front matter is not valid YAML (${reason})`] };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { [PROBLEMS]: ["front matter must be a set of fields like `title: …`"] };
  }
  const fields = data as Record<string, unknown>;
  // Only files that look like articles are held to the article rules; layouts have front matter too (only
  // `layout:`). A file with a field Eleventy acts on is held to them as well, title or not: an article without
  // one is still rendered, and `templateEngineOverride: njk` alone would run its text as a template.
  const looksLikeArticle =
    "title" in fields ||
    "date" in fields ||
    Object.keys(fields).some((field) => field !== "layout" && isReservedField(field));
  if (!looksLikeArticle) return fields;
  const problems = [...validateArticle(fields), ...reservedFieldProblems(fields)];
  if (problems.length === 0) return fields;
  const safe = { ...fields };
  for (const problem of problems) {
    const field = problem.split(":")[0]!;
    if (GUARDED.includes(field) || isReservedField(field)) delete safe[field];
  }
  return { ...safe, [PROBLEMS]: problems };
}

/**
 * Uses `parseFrontMatter` for every template and leaves out, with a problem each, the files that have any. Only
 * when the digest is the whole site (`ownsSite`, default: true): Eleventy's parser options are site-wide, and a
 * host's own pages (a title and a layout, no date) are not articles.
 */
export function frontMatterGuardPlugin(
  eleventyConfig: EleventyConfig,
  options: { problems: Error[]; ownsSite?: boolean },
): void {
  if (options.ownsSite === false) return;
  eleventyConfig.setFrontMatterParsingOptions({ engines: { yaml: parseFrontMatter } });
  eleventyConfig.addPreprocessor(
    "front-matter-problems",
    "*",
    (data: Record<string, unknown> & { page: { inputPath: string } }) => {
      const problems = data[PROBLEMS];
      if (!Array.isArray(problems)) return undefined;
      const path = relative(process.cwd(), data.page.inputPath);
      for (const problem of problems)
        options.problems.push(new RenderError(`${problem} (the article is left out of the site)`, { path }));
      return false;
    },
  );
}
