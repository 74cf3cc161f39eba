// Decides what one imported article becomes, from what is known in memory: no disk is read or written here.
import { join, relative } from "node:path";
import { composeArticleText, isUntouched } from "../model/article-file.ts";
import type { Removal } from "../model/types.ts";
import type { CompletedArticle } from "./complete-article.ts";
import type { ImportReport, ReportEntry } from "./import-report.ts";
import { keepPublishedPath } from "./keep-published-path.ts";

/** The article already in the folder that a story replaces, with its text as read (undefined when it has gone). */
export interface ArticleBefore {
  relativePath: string;
  text: string | undefined;
}

/** What the run knows so far; `planArticle` adds the story it plans to it. */
export interface PlanState {
  /** The input that gave each story id in this run, so a second copy is a duplicate. */
  seen: Map<string, string>;
  /** Article paths, relative to the folder, that are in use: listed on disk or planned by this run. */
  taken: Set<string>;
}

/** Where the plan is made for: the articles folder, the working folder paths are shown from, and the folder's files. */
export interface PlanContext {
  articlesDir: string;
  /** Paths in the report are relative to this folder (default in the importer: process.cwd()). */
  cwd: string;
  /** True when a file exists at this path relative to the articles folder (one not listed when the run began). */
  exists: (relativePath: string) => boolean;
}

/** A file to write: the article's text at its path, and the old file of a story that moved, to remove after. */
export interface PlannedWrite {
  relativePath: string;
  text: string;
  /** The story's previous path when it moved (its date or title changed), else undefined. */
  removes?: string;
}

/** One article's plan: its report entry, what it adds to the report, and the write it needs (none when it is left). */
export interface ArticlePlan {
  entry: ReportEntry;
  warnings: string[];
  removed: ImportReport["removed"];
  write?: PlannedWrite;
}

/** The story in the folder with the same id, or else with the same source address. */
export function findBefore<T>(article: CompletedArticle, existing: Map<string, T>): T | undefined {
  const source = article.data["source"];
  const url = source && typeof source === "object" ? (source as { url?: unknown }).url : undefined;
  return existing.get(article.id) ?? (typeof url === "string" ? existing.get(`url:${url}`) : undefined);
}

/**
 * The plan for `article` (found in `input`, with the removals `removals` its format reported): skipped as the same
 * story as an earlier input's, unchanged, left alone because a person edited the file, or written (imported, or
 * updated over `before`, moved when its path changed). `text` is the article's file, when it was composed already.
 */
export function planArticle(
  article: CompletedArticle,
  removals: Removal[],
  input: string,
  before: ArticleBefore | undefined,
  state: PlanState,
  context: PlanContext,
  text = composeArticleText(article.data, article.body),
): ArticlePlan {
  const previous = state.seen.get(article.id);
  if (previous)
    return {
      entry: { input, outcome: "skipped", message: `the same story as ${previous}` },
      warnings: [],
      removed: [],
    };
  state.seen.set(article.id, input);
  const shownOf = (path: string) => relative(context.cwd, join(context.articlesDir, path));
  // A story published before slugs were transliterated keeps its file name, so its address stays.
  let relativePath = keepPublishedPath(
    article.relativePath,
    before?.relativePath,
    String(article.data.title),
    article.id,
  );
  // Two different stories with the same headline on the same day: the id tells them apart. On a re-import the
  // plain name belongs to the other story, so a story that does not hold it keeps its suffixed name (it used to
  // take the plain name back and overwrite the other story's file).
  if (before?.relativePath !== relativePath && (state.taken.has(relativePath) || context.exists(relativePath))) {
    relativePath = relativePath.replace(/\.md$/, `-${article.id.slice(0, 6)}.md`);
  }
  const shown = shownOf(relativePath);
  const warnings = [...article.warnings];
  if (article.dateGuessed)
    warnings.push(`no date in the file: took the file time ${article.data.date}; check it or pass --date`);
  const removed = removals.map((removal) => ({ input, article: shown, ...removal }));
  if (before?.text === text && before.relativePath === relativePath)
    return { entry: { input, outcome: "unchanged", article: shown }, warnings, removed };
  if (before && before.text !== undefined && !isUntouched(before.text)) {
    const message = `${shownOf(before.relativePath)} was edited by hand; not overwritten (delete it to import again)`;
    return { entry: { input, outcome: "skipped", article: shown, message }, warnings: [...warnings, message], removed };
  }
  state.taken.add(relativePath);
  return {
    entry: { input, outcome: before ? "updated" : "imported", article: shown },
    warnings,
    removed,
    write: {
      relativePath,
      text,
      ...(before && before.relativePath !== relativePath ? { removes: before.relativePath } : {}),
    },
  };
}
