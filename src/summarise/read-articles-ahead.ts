// The articles and their cached digests, read by a build's drawing process while the build still imports the inbox.
import { resolve } from "node:path";
import type { Digest } from "../model/types.ts";
import { type ArticleItem, type KeptReads, readArticles } from "./read-articles.ts";
import { cacheKey, readCached } from "./run/cache.ts";

/** What the summarise stage reads: the articles folder, drafts or not, the digests' cache and their length. */
export interface ReadAheadFor {
  articlesDir: string;
  drafts: boolean;
  cacheDir: string;
  sentences: number;
}

/** Each file's text and item as read ahead, each item's cache key, and the cached digest of each item that had one. */
export interface ReadAhead {
  kept: KeptReads;
  keys: WeakMap<ArticleItem, string>;
  digests: WeakMap<ArticleItem, Digest>;
}

let ahead: { for: ReadAheadFor; reading: Promise<ReadAhead | undefined> } | undefined;

/**
 * Starts reading the articles and their cached digests as `readAheadFor` says the summarise stage will. The stage
 * reads every file again (`takeReadAhead`) and uses an item and its digest only when the file's text is the same, so
 * what the import changes meanwhile is read anew: the work read ahead is only that of the files it left alone.
 */
export function startReadAhead(readAheadFor: ReadAheadFor): void {
  const reading = (async () => {
    const kept: KeptReads = new Map();
    const { items } = await readArticles(readAheadFor.articlesDir, { drafts: readAheadFor.drafts, kept });
    const keys = new WeakMap<ArticleItem, string>();
    const digests = new WeakMap<ArticleItem, Digest>();
    const options = { sentences: readAheadFor.sentences };
    for (const item of items) {
      const key = cacheKey({ title: String(item.data["title"]), text: item.rawInput }, options);
      keys.set(item, key);
      const digest = readCached(readAheadFor.cacheDir, key);
      if (digest) digests.set(item, digest);
    }
    return { kept, keys, digests };
  })().catch(() => undefined);
  ahead = { for: readAheadFor, reading };
}

const same = (a: ReadAheadFor, b: ReadAheadFor): boolean =>
  resolve(a.articlesDir) === resolve(b.articlesDir) &&
  a.drafts === b.drafts &&
  resolve(a.cacheDir) === resolve(b.cacheDir) &&
  a.sentences === b.sentences;

/** What was read ahead for `readAheadFor`, once (undefined when nothing was, or for other options). */
export async function takeReadAhead(readAheadFor: ReadAheadFor): Promise<ReadAhead | undefined> {
  const taken = ahead;
  ahead = undefined;
  return taken && same(taken.for, readAheadFor) ? await taken.reading : undefined;
}
