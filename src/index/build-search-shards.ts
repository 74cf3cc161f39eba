// Builds the search index in shards by date, one Pagefind process at a time, reusing a shard whose records did not change.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { copyFile, link, mkdir, readdir, rename, rm, stat, utimes } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { IndexError } from "../errors.ts";
import type { Story } from "../model/make-story.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { writeAtomic } from "../util/write-atomic.ts";
import { buildSearchIndex } from "./build-search-index.ts";
import { planShards } from "./plan-shards.ts";
import { searchRecords } from "./search-record.ts";

/** Options of `buildSearchShards`. */
export interface SearchShardOptions {
  /** Stories a shard holds at most (default: 2500): Pagefind's memory grows with the stories of the shard it builds. */
  maxStories?: number;
  /** Where built shards are kept between builds, by the hash of their records (default: ".cache/search-shards"). */
  cacheDir?: string;
  /** Called after each shard: shards done, shards in all, and whether the shard came from the cache (default: none). */
  onShard?: (done: number, total: number, reused: boolean) => void;
}

/** What indexing did: stories indexed, shards in all and reused from the cache, bytes of the bundle, and the problems. */
export interface SearchShardsResult {
  pages: number;
  shards: number;
  reused: number;
  bytes: number;
  errors: IndexError[];
}

/** The list of shards the search page merges, newest first, in `pagefind/shards.json`. */
export interface ShardList {
  /** The newest shard's name: its bundle is `pagefind/` itself, with Pagefind's code. */
  primary: string;
  /** The other shards, newest first: name and folder relative to `pagefind/`. */
  shards: { name: string; path: string }[];
}

/** Bump when what a cached shard holds changes, so that older cache entries are not reused. */
const SHARD_FORMAT = 1;
/** A cached shard unused this long is removed (default: 14 days). */
const CACHE_KEEP_MS = 14 * 86_400_000;
/** Files only the primary bundle needs: the code and the WebAssembly that every merged shard shares. */
const CODE_FILE = /^(?:pagefind.*\.js|wasm\..+\.pagefind)$/;

/** Pagefind's version, from the package.json above its entry point (its "exports" do not include that file). */
function pagefindVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.resolve("pagefind")));
  while (dir !== dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version?: string };
      if (parsed.name === "pagefind") return parsed.version ?? "";
    }
    dir = dirname(dir);
  }
  return "";
}
const PAGEFIND_VERSION = pagefindVersion();

/** Hard-links the files of `from` into `to` (copies where links cannot be made), skipping top-level names `skip` matches. */
async function linkTree(from: string, to: string, skip: (name: string) => boolean = () => false): Promise<number> {
  await mkdir(to, { recursive: true });
  let bytes = 0;
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (skip(entry.name)) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      bytes += await linkTree(source, target);
      continue;
    }
    await link(source, target).catch(() => copyFile(source, target));
    bytes += (await stat(source)).size;
  }
  return bytes;
}

/** Removes cache entries nobody used for `CACHE_KEEP_MS` (a shard in use is touched each build). */
async function pruneCache(cacheDir: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(cacheDir).catch(() => [] as string[])) {
    const entry = join(cacheDir, name);
    const info = await stat(entry).catch(() => undefined);
    if (info && now - info.mtimeMs > CACHE_KEEP_MS) await rm(entry, { recursive: true, force: true });
  }
}

/**
 * Builds the index of `stories` (bodies from `bodyOf`) into `bundleDir` (the site's `pagefind/`), replacing any
 * old one. The newest shard is the bundle itself; older ones go to `shards/<first month>/` and are listed in
 * `shards.json` for the search page to merge. Each shard is built from its records in Pagefind's own process,
 * one at a time, so Pagefind holds one shard's index in memory and not the whole archive's.
 */
export async function buildSearchShards(
  stories: readonly Story[],
  bodyOf: (inputPath: string) => string,
  settings: SiteSettings,
  bundleDir: string,
  options: SearchShardOptions = {},
): Promise<SearchShardsResult> {
  const { maxStories = 2500, cacheDir = ".cache/search-shards", onShard } = options;
  const language = settings.language.toLowerCase();
  // A site without stories still gets a bundle, an empty one, so that the search page loads and finds nothing.
  const plans = stories.length ? planShards(stories, maxStories) : [{ name: "empty", stories: [] }];
  const built: { name: string; dir: string; temporary: boolean }[] = [];
  const errors: IndexError[] = [];
  let pages = 0;
  let reused = 0;
  try {
    for (const plan of plans) {
      const records = [...searchRecords([...plan.stories], bodyOf, settings)];
      const hash = createHash("sha256").update(JSON.stringify([SHARD_FORMAT, PAGEFIND_VERSION, language]));
      for (const record of records) hash.update(`\n${record.url}\n${record.html.length}\n${record.html}`);
      const cached = join(cacheDir, hash.digest("hex").slice(0, 24));
      const hit = existsSync(join(cached, "pagefind-entry.json"));
      if (hit) {
        reused += 1;
        pages += records.length;
        const now = new Date();
        await utimes(cached, now, now).catch(() => {});
        built.push({ name: plan.name, dir: cached, temporary: false });
      } else {
        const temporary = `${cached}.${process.pid}.tmp`;
        const result = await buildSearchIndex(records, temporary, { language });
        pages += result.pages;
        errors.push(...result.errors);
        // A shard with a problem is used once and never cached: the next build tries it again.
        if (result.errors.length === 0 && (await rename(temporary, cached).then(() => true, () => false))) {
          built.push({ name: plan.name, dir: cached, temporary: false });
        } else {
          built.push({ name: plan.name, dir: temporary, temporary: true });
        }
      }
      onShard?.(built.length, plans.length, hit);
    }
    await rm(bundleDir, { recursive: true, force: true });
    const [primary, ...older] = [...built].reverse();
    let bytes = await linkTree(primary!.dir, bundleDir);
    const list: ShardList = { primary: primary!.name, shards: older.map((shard) => ({ name: shard.name, path: `shards/${shard.name}/` })) };
    for (const shard of older) bytes += await linkTree(shard.dir, join(bundleDir, "shards", shard.name), (name) => CODE_FILE.test(name));
    const listText = `${JSON.stringify(list)}\n`;
    await writeAtomic(join(bundleDir, "shards.json"), listText);
    await pruneCache(cacheDir);
    return { pages, shards: built.length, reused, bytes: bytes + listText.length, errors };
  } finally {
    await Promise.all(built.filter((shard) => shard.temporary).map((shard) => rm(shard.dir, { recursive: true, force: true })));
  }
}
