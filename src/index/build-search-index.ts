// Builds the Pagefind search index from the stories' search records with Pagefind's Node API, keeping only the files search uses, and their date order.
import { rm } from "node:fs/promises";
import * as pagefind from "pagefind";
import { IndexError } from "../errors.ts";
import { pruneSearchBundle } from "./prune-search-bundle.ts";
import type { SearchRecord } from "./search-record.ts";
import { writeDateOrder } from "./write-date-order.ts";

/** Options of `buildSearchIndex`. */
export interface SearchIndexOptions {
  /**
   * Index every record as this language (BCP 47, e.g. "en"), the site's language, so that a story in another language
   * is still found from the one search page, whose `lang` is the site's (default: each record's own `lang`, one index each).
   */
  language?: string;
}

/** What indexing did: records indexed, files removed from the bundle, the time it took, and what went wrong. */
export interface SearchIndexResult {
  pages: number;
  removedFiles: string[];
  milliseconds: number;
  errors: IndexError[];
}

/** Records handed to Pagefind at once: enough to keep its process busy, few enough to bound what waits in memory. */
const BATCH = 64;

/** Builds the bundle at `bundleDir` (the site's `pagefind/` folder) from `records`, replacing any old one. */
export async function buildSearchIndex(
  records: Iterable<SearchRecord>,
  bundleDir: string,
  options: SearchIndexOptions = {},
): Promise<SearchIndexResult> {
  const started = performance.now();
  const language = options.language?.toLowerCase();
  const { index, errors: createErrors } = await pagefind.createIndex(language ? { forceLanguage: language } : {});
  const result = (pages: number, removedFiles: string[], errors: string[]): SearchIndexResult => ({
    pages,
    removedFiles,
    milliseconds: performance.now() - started,
    errors: errors.map((message) => new IndexError(message, { path: bundleDir })),
  });
  if (!index) return result(0, [], createErrors);
  try {
    const errors: string[] = [];
    let pages = 0;
    let batch: Promise<void>[] = [];
    for (const record of records) {
      batch.push(
        index.addHTMLFile({ url: record.url, content: record.html }).then((added) => {
          if (added.errors.length) errors.push(...added.errors.map((error) => `${record.url}: ${error}`));
          else pages += 1;
        }),
      );
      if (batch.length === BATCH) {
        await Promise.all(batch);
        batch = [];
      }
    }
    await Promise.all(batch);
    // Fragments are named by content hash: files of an earlier build would pile up in watch mode.
    await rm(bundleDir, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: bundleDir });
    const removedFiles = written.errors.length ? [] : await pruneSearchBundle(bundleDir);
    if (!written.errors.length) await writeDateOrder(bundleDir);
    return result(pages, removedFiles, [...errors, ...written.errors]);
  } finally {
    await pagefind.close();
  }
}
