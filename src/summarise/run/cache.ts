// A content-addressed cache of digests: JSON files named by the sha256 of what went into them.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readdir, readFile, stat, unlink, utimes } from "node:fs/promises";
import path from "node:path";
import type { Digest, SummaryInput, SummaryOptions } from "../../model/types.ts";
import { CACHE_KEEP_MS } from "../../util/cache-keep.ts";
import { hashText } from "../../util/hash.ts";
import { writeAtomic, writeAtomicSync } from "../../util/write-atomic.ts";
import { SUMMARISER_VERSION } from "../version.ts";

/** Where digests are cached when no directory is given (default: ".cache/summaries"). */
export const DEFAULT_CACHE_DIR = ".cache/summaries";

/**
 * The cache key: sha256 of the summariser version, the options, the title and the text. The title's length comes
 * before it, so no two inputs give the same material, and the text is hashed as it is: written into one JSON array
 * first, as before, the 10,000 bench articles' keys took 162-171 ms against 55-63 ms.
 */
export function cacheKey(input: SummaryInput, options: SummaryOptions): string {
  const title = input.title ?? "";
  return createHash("sha256")
    .update(`${SUMMARISER_VERSION}\n${options.sentences ?? 3}\n${title.length}\n`)
    .update(title)
    .update(input.text)
    .digest("hex");
}

/** How often a build looks through the cache for digests to remove, at most (default: once a day). */
export const PRUNE_EVERY_MS = 86_400_000;
/** The files in the cache that list the keys each content folder's builds used when they last looked through it. */
const USED_LIST = ".used-by-";

function cacheFile(cacheDir: string, key: string): string {
  return path.join(cacheDir, key.slice(0, 2), `${key}.json`);
}

/**
 * The cached digest for `key`, or undefined when absent or unreadable (a corrupt file is a miss). Read at once, not
 * through a promise: for thousands of small files Node's promises cost several times the reading itself.
 */
export function readCached(cacheDir: string, key: string): Digest | undefined {
  try {
    const value = JSON.parse(readFileSync(cacheFile(cacheDir, key), "utf8")) as Digest;
    return Array.isArray(value.summary) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Stores a digest atomically: a reader sees the old file or the whole new one, never half. */
export function writeCached(cacheDir: string, key: string, digest: Digest): void {
  writeAtomicSync(cacheFile(cacheDir, key), JSON.stringify(digest));
}

/**
 * Removes the digests in `cacheDir` that are not among `used` and were written over `keepMs` ago, and temporary
 * files a killed build left as long: the digests of edited and deleted articles, and of every article once the
 * summariser's version changes, would otherwise pile up in a cache that CI keeps between runs. Returns how many
 * files were removed.
 */
export async function pruneCache(
  cacheDir: string,
  used: ReadonlySet<string>,
  keepMs = CACHE_KEEP_MS,
  now = Date.now(),
): Promise<number> {
  let removed = 0;
  for (const folder of await readdir(cacheDir).catch(() => [] as string[])) {
    if (!/^[0-9a-f]{2}$/.test(folder)) continue;
    for (const name of await readdir(path.join(cacheDir, folder)).catch(() => [] as string[])) {
      const key = name.endsWith(".json") ? name.slice(0, -".json".length) : undefined;
      if ((key !== undefined && used.has(key)) || (key === undefined && !name.endsWith(".tmp"))) continue;
      const file = path.join(cacheDir, folder, name);
      const info = await stat(file).catch(() => undefined);
      if (!info || now - info.mtimeMs <= keepMs) continue;
      const gone = await unlink(file).then(
        () => true,
        () => false,
      );
      if (gone) removed += 1;
    }
  }
  return removed;
}

/**
 * The keys the builds of each content folder that shares `cacheDir` used, as their last look through it wrote them
 * (`USED_LIST`), from the lists written within `keepMs`; older lists (a folder no longer built), and a list's
 * temporary file as old (its build killed while writing it), are removed.
 */
async function usedByFolders(cacheDir: string, keepMs: number, now: number): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const name of await readdir(cacheDir).catch(() => [] as string[])) {
    const temporary = name.startsWith(`.${USED_LIST}`) && name.endsWith(".tmp");
    if (!name.startsWith(USED_LIST) && !temporary) continue;
    const file = path.join(cacheDir, name);
    const info = await stat(file).catch(() => undefined);
    if (!info) continue;
    if (now - info.mtimeMs > keepMs) await unlink(file).catch(() => undefined);
    else if (temporary) continue;
    else for (const key of (await readFile(file, "utf8").catch(() => "")).split("\n")) if (key) keys.add(key);
  }
  return keys;
}

/**
 * Writes the keys the builds of `articlesDir` use (a file in the cache, one per content folder) and prunes the
 * cache (`pruneCache`) of what no folder's builds used, when this folder's list is over `PRUNE_EVERY_MS` old: the
 * sample digest and a desk's own, both in `.cache/summaries`, keep each other's digests. A 10,000-story build spends
 * 34-50 ms on it (its list written, the cache's names listed; 0.6 s when it finds 20,000 it did not use), once a day.
 */
export async function pruneCacheDaily(
  cacheDir: string,
  used: ReadonlySet<string>,
  articlesDir: string,
  now = Date.now(),
): Promise<void> {
  const list = path.join(cacheDir, `${USED_LIST}${hashText(path.resolve(articlesDir))}`);
  const last = await stat(list).catch(() => undefined);
  if (last && now - last.mtimeMs < PRUNE_EVERY_MS) return;
  await writeAtomic(list, [...used].join("\n"));
  const written = new Date(now);
  await utimes(list, written, written);
  await pruneCache(cacheDir, await usedByFolders(cacheDir, CACHE_KEEP_MS, now), CACHE_KEEP_MS, now);
}
