// Builds the Pagefind search index from the stories' search records with Pagefind's indexer, keeping only the files search uses, and their date order.
import { rm } from "node:fs/promises";
import * as pagefind from "pagefind";
import { IndexError } from "../errors.ts";
import { cliCanIndex, indexWithCli } from "./index-with-cli.ts";
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

/** Records handed to Pagefind's API at once: enough to keep its process busy, few enough to bound what waits on it. */
const BATCH = 64;

/**
 * Builds the bundle at `bundleDir` (the site's `pagefind/` folder) from `records`, replacing any old one: with
 * Pagefind's command-line indexer over the records written as pages (faster when it has cores to spare), or through
 * its API when a record's URL would not come back unchanged from a page's place (see `cliCanIndex`) or there is no
 * record.
 */
export async function buildSearchIndex(
  records: readonly SearchRecord[],
  bundleDir: string,
  options: SearchIndexOptions = {},
): Promise<SearchIndexResult> {
  const started = performance.now();
  const language = options.language?.toLowerCase();
  // Fragments are named by content hash: files of an earlier build would pile up in watch mode.
  await rm(bundleDir, { recursive: true, force: true });
  const indexed = cliCanIndex(records)
    ? await indexWithCli(records, bundleDir, language)
    : await indexWithApi(records, bundleDir, language);
  const removedFiles = indexed.errors.length ? [] : await pruneSearchBundle(bundleDir);
  if (!indexed.errors.length) await writeDateOrder(bundleDir);
  return {
    pages: indexed.pages,
    removedFiles,
    milliseconds: performance.now() - started,
    errors: indexed.errors.map((message) => new IndexError(message, { path: bundleDir })),
  };
}

/** The last index made through Pagefind's API in this process, or none: the next one waits for it. */
let apiTurn: Promise<unknown> = Promise.resolve();

/**
 * Indexes `records` through Pagefind's API, `BATCH` at a time, into `bundleDir`: pages indexed and problems. The API
 * has one Pagefind process for this whole process, closed after each index: indexes through it are made one at a
 * time (shards built at once wait for their turn here).
 */
export function indexWithApi(
  records: readonly SearchRecord[],
  bundleDir: string,
  language: string | undefined,
): Promise<{ pages: number; errors: string[] }> {
  const indexed = apiTurn.then(() => indexOnApi(records, bundleDir, language));
  apiTurn = indexed.catch(() => undefined);
  return indexed;
}

async function indexOnApi(
  records: readonly SearchRecord[],
  bundleDir: string,
  language: string | undefined,
): Promise<{ pages: number; errors: string[] }> {
  const { index, errors: createErrors } = await pagefind.createIndex(language ? { forceLanguage: language } : {});
  if (!index) return { pages: 0, errors: createErrors };
  try {
    const errors: string[] = [];
    let pages = 0;
    for (let start = 0; start < records.length; start += BATCH)
      await Promise.all(
        records.slice(start, start + BATCH).map(async (record) => {
          const added = await index.addHTMLFile({ url: record.url, content: record.html });
          if (added.errors.length) errors.push(...added.errors.map((error) => `${record.url}: ${error}`));
          else pages += 1;
        }),
      );
    const written = await index.writeFiles({ outputPath: bundleDir });
    return { pages, errors: [...errors, ...written.errors] };
  } finally {
    await pagefind.close();
  }
}
