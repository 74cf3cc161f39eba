// Reads the articles folder for the summarise stage: each Markdown file's front matter checked, its date and URL.
import { readFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { DateTime } from "luxon";
import { RenderError } from "../errors.ts";
import { readArticleText } from "../model/article-file.ts";
import { readYamlError } from "../util/read-yaml-error.ts";
import { isDraft } from "../model/is-draft.ts";
import { storyUrl } from "../model/story-url.ts";
import { validateArticle } from "../model/validate-article.ts";
import { reservedFieldProblems } from "../util/reserved-fields.ts";

/** One valid article as the site model is built from it. */
export interface ArticleItem {
  /** "./content/articles/2025/09/13/slug.md": the path from the working folder, as Eleventy writes it. */
  inputPath: string;
  url: string;
  date: Date;
  data: Record<string, unknown>;
  /** The Markdown body, after the front matter. */
  rawInput: string;
}

/** Options of `readArticles`. */
export interface ReadArticlesOptions {
  /** Keep articles marked `draft` (default: false, as a production build). */
  drafts?: boolean;
  /**
   * What the last read of this folder in this process made of each file (`npm start` reads it again after every
   * save): a file whose text is the same gives the same item, not read again from its front matter, so work kept on
   * that item is kept too. Updated in place (default: none kept).
   */
  kept?: KeptReads;
}

/** Each file's text as last read, with the item (or none) and the problems it gave, by path. */
export type KeptReads = Map<string, { text: string; drafts: boolean; item?: ArticleItem; problems: Error[] }>;

/** A front matter date as Eleventy reads it: a YAML timestamp as it is, an ISO text in UTC unless it has an offset. */
function itemDate(value: unknown): Date {
  return value instanceof Date ? value : DateTime.fromISO(String(value), { zone: "utc" }).toJSDate();
}

/** Every `.md` file under `folder`, sorted; an absent folder has none. Hidden files (editors' swap files) are skipped. */
async function listMarkdown(folder: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(folder, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.endsWith(".md") && !entry.split(sep).some((part) => part.startsWith(".")))
    .sort()
    .map((entry) => join(folder, entry));
}

/**
 * Reads one article; a file that cannot be read or has invalid front matter becomes problems naming it. Read at
 * once, not through a promise: for thousands of small files Node's promises cost several times the reading itself.
 */
function readItem(
  path: string,
  articlesDir: string,
  options: ReadArticlesOptions,
  problems: Error[],
): ArticleItem | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    options.kept?.delete(path);
    problems.push(
      new RenderError(`could not be read (${(error as Error).message}); the article is left out of the site`, {
        path: relative(process.cwd(), path),
        cause: error,
      }),
    );
    return undefined;
  }
  const drafts = options.drafts === true;
  const kept = options.kept?.get(path);
  if (kept && kept.text === text && kept.drafts === drafts) {
    problems.push(...kept.problems);
    return kept.item;
  }
  const item = parseItem(path, text, articlesDir, options, problems);
  options.kept?.set(path, { text, drafts, item, problems: [...problems] });
  return item;
}

/** One article from its text: an item, or problems naming the file when its front matter is not valid. */
function parseItem(
  path: string,
  text: string,
  articlesDir: string,
  options: ReadArticlesOptions,
  problems: Error[],
): ArticleItem | undefined {
  const inputPath = `./${relative(process.cwd(), path).split(sep).join("/")}`;
  const shown = relative(process.cwd(), path);
  let data: unknown;
  let body: string;
  try {
    ({ data, body } = readArticleText(text));
  } catch (error) {
    // gray-matter hands over the front matter from the end of the opening "---" line (default first line 1).
    const { line, reason } = readYamlError(error);
    const where = line !== undefined ? `line ${line}: ` : "";
    problems.push(
      new RenderError(`${where}front matter is not valid YAML (${reason}) (the article is left out of the site)`, {
        path: shown,
      }),
    );
    return undefined;
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    problems.push(
      new RenderError("front matter must be a set of fields like `title: …` (the article is left out of the site)", {
        path: shown,
      }),
    );
    return undefined;
  }
  const fields = data as Record<string, unknown>;
  const found = [...validateArticle(fields), ...reservedFieldProblems(fields)];
  for (const problem of found)
    problems.push(new RenderError(`${problem} (the article is left out of the site)`, { path: shown }));
  if (found.length) return undefined;
  if (isDraft(fields["draft"]) && !options.drafts) return undefined;
  return { inputPath, url: storyUrl(articlesDir, path), date: itemDate(fields["date"]), data: fields, rawInput: body };
}

/**
 * The valid articles under `articlesDir` (every `**\/*.md`), in file order, and a problem for each file left out.
 * Drafts are left out silently unless `options.drafts`; the files themselves are only read.
 */
export async function readArticles(
  articlesDir: string,
  options: ReadArticlesOptions = {},
): Promise<{ items: ArticleItem[]; problems: Error[] }> {
  const files = await listMarkdown(articlesDir);
  if (options.kept) {
    const listed = new Set(files);
    for (const path of options.kept.keys()) if (!listed.has(path)) options.kept.delete(path);
  }
  // Each file's problems are kept apart and joined in file order, so the report reads the same on every run.
  const problems: Error[][] = files.map(() => []);
  const items = files.map((file, index) => readItem(file, articlesDir, options, problems[index]!));
  return { items: items.filter((item): item is ArticleItem => item !== undefined), problems: problems.flat() };
}
