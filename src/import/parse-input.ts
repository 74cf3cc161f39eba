// Reads the articles out of one input file: its format's extraction and each article completed, no disk touched.
import { ImportError } from "../errors.ts";
import { composeArticleText } from "../model/article-file.ts";
import type { Removal } from "../model/types.ts";
import { completeArticle, type CompleteOptions, type CompletedArticle } from "./complete-article.ts";
import { chooseFormat } from "./formats/index.ts";
import type { InputFile } from "./read-input.ts";

/** What an input file gave, as plain data (it may come from a worker thread): the report's parts in their order. */
export interface ParsedInput {
  /** True when the file is not text (an image, a PDF): it is skipped, not failed. */
  binary: boolean;
  /** What the reader should check: the decoding's warnings, then the format's. */
  warnings: string[];
  /** The items the format could not read (a feed's broken item), each failed on its own. */
  errors: { message: string; line?: number }[];
  /** Each article read, completed, with what its format removed from it and its file's text. */
  articles: { article: CompletedArticle; removed: Removal[]; text: string }[];
  /** Why the file (or what was left of it after `articles`) could not be read, as the report says it. */
  failure?: { message: string; line?: number };
}

/** An error as an import report gives it: the file named, with the line where known. */
export function failureOf(error: unknown, path: string): { message: string; line?: number } {
  const line = error instanceof ImportError ? error.line : undefined;
  const message = error instanceof ImportError ? error.message : `${path}: ${(error as Error).message}`;
  return { message, ...(line ? { line } : {}) };
}

/** Reads `file` (the input at `path`): never throws; what goes wrong is its `failure`. */
export async function parseInput(file: InputFile, path: string, options: CompleteOptions): Promise<ParsedInput> {
  const parsed: ParsedInput = { binary: file.binary, warnings: [], errors: [], articles: [] };
  if (file.binary) return parsed;
  try {
    if (file.text.trim() === "") {
      throw new ImportError(
        file.size === 0 ? "the file is empty" : `the file holds only white space (${file.size} bytes)`,
        { path },
      );
    }
    parsed.warnings.push(...file.warnings);
    const format = chooseFormat(file);
    if (!format) throw new ImportError("not an article file this version can read", { path });
    const { articles: raws, errors, warnings = [] } = await format.extract(file, { zone: options.zone });
    parsed.warnings.push(...warnings);
    parsed.errors = errors.map((error) => ({ message: error.message, ...(error.line ? { line: error.line } : {}) }));
    if (raws.length === 0 && errors.length === 0) throw new ImportError("no article found in the file", { path });
    for (const raw of raws) {
      const article = completeArticle(raw, file, path, options);
      parsed.articles.push({ article, removed: raw.removed, text: composeArticleText(article.data, article.body) });
    }
  } catch (error) {
    parsed.failure = failureOf(error, path);
  }
  return parsed;
}
