// Builds the search index in shards by date, a few at a time, reusing a shard whose records did not change.
import { rm } from "node:fs/promises";
import { IndexError } from "../errors.ts";
import type { Story } from "../model/make-story.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { assembleSearchBundle } from "./assemble-search-bundle.ts";
import { buildShardsAtOnce, type ShardBuildOptions } from "./build-shards-at-once.ts";
import { prepareSearchShards, type ShardJob } from "./prepare-search-shards.ts";

export type { ShardList } from "./assemble-search-bundle.ts";

/** Options of `buildSearchShards`. */
export interface SearchShardOptions {
  /** Stories a shard holds at most (default: the site's searchShardStories): Pagefind's memory grows with them. */
  maxStories?: number;
  /** Where built shards are kept between builds, by the hash of their records (default: ".cache/search-shards"). */
  cacheDir?: string;
  /** Shards built at once at most, each by a Pagefind process of its own (default: 2). */
  parallel?: number;
  /** Memory the Pagefind processes may take together, in MB (default: the site's searchIndexMemoryMb): fewer at once when more would not fit. */
  memoryMb?: number;
  /** Called after each shard: shards done, shards in all, and whether the shard came from the cache (default: none). */
  onShard?: (done: number, total: number, reused: boolean) => void;
  /** Stories a search looks through first, newest first (default: all of them; a site's searchFirstStories). */
  firstStories?: number;
}

/** What indexing did: stories indexed, shards in all and reused from the cache, bytes of the bundle, and the problems. */
export interface SearchShardsResult {
  pages: number;
  shards: number;
  reused: number;
  bytes: number;
  errors: IndexError[];
}

/**
 * Builds the bundle at `bundleDir` (the site's `pagefind/`) from shards already prepared (`prepareSearchShards`):
 * those not cached are built a few at a time, then all are assembled. The standalone build calls this once
 * Eleventy's process has ended; records files are removed as their shards are built.
 */
export async function buildPreparedShards(
  jobs: readonly ShardJob[],
  language: string,
  bundleDir: string,
  cacheDir: string,
  options: Pick<SearchShardOptions, "parallel" | "memoryMb" | "onShard" | "firstStories"> &
    Pick<ShardBuildOptions, "started"> = {},
): Promise<SearchShardsResult> {
  const { firstStories = Number.MAX_SAFE_INTEGER, ...rest } = options;
  const results = await buildShardsAtOnce(jobs, { language, ...rest });
  try {
    const bytes = await assembleSearchBundle(results, bundleDir, cacheDir, firstStories);
    return {
      pages: results.reduce((sum, result) => sum + result.pages, 0),
      shards: results.length,
      reused: jobs.filter((job) => !job.recordsFile).length,
      bytes,
      errors: results.flatMap((result) => result.errors.map((message) => new IndexError(message, { path: bundleDir }))),
    };
  } finally {
    await Promise.all(
      results.filter((result) => result.temporary).map((result) => rm(result.dir, { recursive: true, force: true })),
    );
  }
}

/**
 * Builds the index of `stories` (bodies from `bodyOf`) into `bundleDir` (the site's `pagefind/`), replacing any
 * old one: the entry point for a build in one process (the dev server, a host site's Eleventy). The newest shard is
 * the bundle itself; older ones go to `shards/<first month>/` and are listed in `shards.json` for the search page to
 * merge. Each shard is built by a Pagefind process of its own, `parallel` at a time, so Pagefind holds a few shards'
 * index in memory and not the whole archive's.
 */
export async function buildSearchShards(
  stories: readonly Story[],
  bodyOf: (inputPath: string) => string,
  settings: SiteSettings,
  bundleDir: string,
  options: SearchShardOptions = {},
): Promise<SearchShardsResult> {
  const { maxStories = settings.searchShardStories, cacheDir = ".cache/search-shards", ...rest } = options;
  const jobs = await prepareSearchShards(stories, bodyOf, settings, { maxStories, cacheDir });
  return buildPreparedShards(jobs, settings.language.toLowerCase(), bundleDir, cacheDir, {
    firstStories: settings.searchFirstStories,
    memoryMb: settings.searchIndexMemoryMb,
    ...rest,
  });
}
