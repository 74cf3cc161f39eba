// Builds the site model from the articles folder without Eleventy: the same stories, summaries and editions the pages show.
import { readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { DateTime } from "luxon";
import { RenderError } from "../errors.ts";
import { readArticleText } from "../model/article-file.ts";
import { collectInputs } from "../util/collect-inputs.ts";
import { buildSiteModel } from "../render/build-site-model.ts";
import type { SiteModel } from "../model/site-model.ts";
import { reservedFieldProblems } from "../util/reserved-fields.ts";
import { isDraft } from "../model/is-draft.ts";
import { storyUrl } from "../model/story-url.ts";
import { readTopicVocabulary } from "../render/topics/read-topic-vocabulary.ts";
import { validateArticle } from "../model/validate-article.ts";
import { digestAll } from "../summarise/index.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { readYamlError } from "../util/read-yaml-error.ts";

/** Options of `loadSiteModel`. */
export interface LoadModelOptions {
  /** The content folder (default: "content"). */
  content?: string;
  /** Where digests are cached (default: $BROADSHEET_SUMMARY_CACHE, else .cache/summaries, as the build). */
  cacheDir?: string;
}

interface Item {
  inputPath: string;
  url: string;
  date: Date;
  data: Record<string, unknown>;
  body: string;
}

/** A front matter date as Eleventy reads it: a YAML timestamp as it is, an ISO text in UTC unless it has an offset. */
function itemDate(value: unknown): Date {
  return value instanceof Date ? value : DateTime.fromISO(String(value), { zone: "utc" }).toJSDate();
}

/** Reads one article file; an unreadable or invalid one becomes problems naming it. */
async function readItem(path: string, content: string, problems: Error[]): Promise<Item | undefined> {
  const shown = relative(process.cwd(), path);
  let parsed: { data: Record<string, unknown>; body: string };
  try {
    parsed = readArticleText(await readFile(path, "utf8"));
  } catch (error) {
    const { line, reason } = readYamlError(error);
    problems.push(
      new RenderError(`front matter is not valid YAML, the article is left out: ${reason}`, {
        path: shown,
        ...(line !== undefined ? { line } : {}),
      }),
    );
    return undefined;
  }
  const found = [...validateArticle(parsed.data), ...reservedFieldProblems(parsed.data)];
  for (const problem of found) problems.push(new RenderError(`${problem} (the article is left out)`, { path: shown }));
  if (found.length) return undefined;
  // Drafts never reach a production build, its feeds or a newsletter.
  if (isDraft(parsed.data["draft"])) return undefined;
  return {
    inputPath: `./${relative(process.cwd(), path).split(sep).join("/")}`,
    url: storyUrl(join(content, "articles"), path),
    date: itemDate(parsed.data["date"]),
    data: parsed.data,
    body: parsed.body,
  };
}

/**
 * The site model of a content folder, as a production build makes it (drafts left out), with the articles'
 * summaries from the cache or the summariser. Articles that cannot be read are listed in `problems`.
 */
export async function loadSiteModel(
  settings: SiteSettings,
  options: LoadModelOptions = {},
): Promise<{ model: SiteModel; problems: Error[] }> {
  const content = options.content ?? "content";
  const problems: Error[] = [];
  const { files, missing } = await collectInputs([join(content, "articles")]);
  for (const path of missing) problems.push(new RenderError("could not be read", { path }));
  const read = await Promise.all(
    files.filter((file) => file.endsWith(".md")).map((file) => readItem(file, content, problems)),
  );
  const items = read.filter((item): item is Item => item !== undefined);
  items.sort((a, b) => b.date.getTime() - a.date.getTime() || a.inputPath.localeCompare(b.inputPath));
  const cacheDir = options.cacheDir ?? process.env["BROADSHEET_SUMMARY_CACHE"] ?? ".cache/summaries";
  const result = await digestAll(
    items.map((item) => ({ key: item.inputPath, input: { title: String(item.data["title"]), text: item.body } })),
    { sentences: settings.summarySentences, cacheDir },
  );
  for (const error of result.errors) problems.push(error);
  // The same topics vocabulary as the build; a broken file is reported there, and the built-in topics stand in here.
  const topics = readTopicVocabulary(join(content, "topics.json"));
  const withBodies = items.map((item) => ({ ...item, rawInput: item.body }));
  return { model: await buildSiteModel(withBodies, result.digests, settings, topics.vocabulary), problems };
}
