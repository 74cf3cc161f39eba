// The articles collection: valid articles newest first, each with its digest from the summarise stage.
import { relative } from "node:path";
import { RenderError } from "../errors.ts";
import { digestAll } from "../summarise/index.ts";
import type { Digest } from "../types.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import type { EleventyConfig } from "./eleventy-config-type.ts";
import { validateArticle } from "./validate-article.ts";

/** Options of the articles plugin. */
export interface ArticlesPluginOptions {
  settings: SiteSettings;
  /** Where digests are cached between builds (default: .cache/summaries). */
  cacheDir?: string;
  /** Receives the problems found in articles, so the build can fail at its end rather than midway. */
  problems: Error[];
}

interface CollectionItem {
  inputPath: string;
  date: Date;
  data: Record<string, unknown>;
  rawInput?: string;
}

/** Adds the `articles` collection and the `digest` filter (an article's input path → its Digest). */
export function articlesPlugin(eleventyConfig: EleventyConfig, options: ArticlesPluginOptions): void {
  const digests = new Map<string, Digest>();

  eleventyConfig.addCollection("articles", async (api: { getAll(): CollectionItem[] }) => {
    const items = api.getAll().filter((item) => /\/articles\/.+\.md$/.test(item.inputPath));
    const valid = items.filter((item) => {
      const problems = validateArticle(item.data);
      for (const problem of problems) {
        options.problems.push(new RenderError(`${problem} (the article is left out of the site)`, { path: relative(process.cwd(), item.inputPath) }));
      }
      return problems.length === 0;
    });
    const result = await digestAll(
      valid.map((item) => ({
        key: item.inputPath,
        input: { title: String(item.data["title"]), text: item.rawInput ?? "" },
      })),
      { sentences: options.settings.summarySentences, cacheDir: options.cacheDir ?? ".cache/summaries" },
    );
    for (const error of result.errors) options.problems.push(new RenderError(error.message, { cause: error }));
    digests.clear();
    for (const [key, digest] of result.digests) digests.set(key, digest);
    return valid.sort((a, b) => b.date.getTime() - a.date.getTime() || a.inputPath.localeCompare(b.inputPath));
  });

  eleventyConfig.addFilter("digest", (inputPath: string) => digests.get(inputPath));
}
