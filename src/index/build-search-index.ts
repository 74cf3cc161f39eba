// Builds the Pagefind search index of a rendered site with Pagefind's Node API, keeping only the files search uses.
import { rm } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { IndexError } from "../errors.ts";
import { pruneSearchBundle } from "./prune-search-bundle.ts";

/**
 * Parts of an article page that are not its text: the section kicker, the dateline/time/reading-time line and the
 * generated "In brief" summary (sentences copied from the body, which would count twice). Their facts reach the
 * index as metadata and filters from the hidden block of layouts/article.njk instead.
 */
export const EXCLUDED_SELECTORS = [".kicker", ".story-meta", ".in-brief"];

/** Options of `buildSearchIndex`. */
export interface SearchIndexOptions {
  /**
   * Which HTML files under the output folder Pagefind reads, as a glob relative to it (default: every HTML file).
   * Only pages with `data-pagefind-body` are indexed either way; a narrower glob saves parsing the other pages.
   */
  glob?: string;
  /**
   * Index every page as this language (BCP 47, e.g. "en"), the site's language, so that a story in another language
   * is still found from the one search page, whose `lang` is the site's (default: each page's own `lang`, one index each).
   */
  language?: string;
}

/** What indexing did: pages indexed, files kept and removed, the time it took, and what went wrong. */
export interface SearchIndexResult {
  pages: number;
  removedFiles: string[];
  milliseconds: number;
  errors: IndexError[];
}

/** Builds `<outputDir>/pagefind/` from the pages that carry `data-pagefind-body` (the articles), replacing any old one. */
export async function buildSearchIndex(outputDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexResult> {
  const started = performance.now();
  const bundle = join(outputDir, "pagefind");
  const language = options.language?.toLowerCase();
  const { index, errors: createErrors } = await pagefind.createIndex({
    excludeSelectors: EXCLUDED_SELECTORS,
    ...(language ? { forceLanguage: language } : {}),
  });
  const result = (pages: number, removedFiles: string[], errors: string[]): SearchIndexResult => ({
    pages,
    removedFiles,
    milliseconds: performance.now() - started,
    errors: errors.map((message) => new IndexError(message, { path: outputDir })),
  });
  if (!index) return result(0, [], createErrors);
  try {
    const added = await index.addDirectory({ path: outputDir, ...(options.glob ? { glob: options.glob } : {}) });
    // Fragments are named by content hash: files of an earlier build would pile up in watch mode.
    await rm(bundle, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: bundle });
    const removedFiles = written.errors.length ? [] : await pruneSearchBundle(bundle);
    return result(added.page_count, removedFiles, [...added.errors, ...written.errors]);
  } finally {
    await pagefind.close();
  }
}
