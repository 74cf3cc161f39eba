// Cuts the stories into shards and keys each by the hash of what its records are made from; writes the records of each shard not in the cache to a file.
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { utimes } from "node:fs/promises";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SiteSettings } from "../util/site-settings.ts";
import { writeAtomic } from "../util/write-atomic.ts";
import { planShards } from "./plan-shards.ts";
import { type IndexedStory, recordSource, searchRecords } from "./search-record.ts";

/** One shard of the index to be: its name, where its built bundle is cached, and the records file when it must be built. */
export interface ShardJob {
  /** The shard's first month ("2025-07"), or "empty" for a site without stories. */
  name: string;
  /** The cache folder of the built shard, named by the hash of its records. */
  dir: string;
  /** Stories in the shard. */
  pages: number;
  /** The shard's records, one JSON `{ url, html }` a line, when it is not in the cache (none when it is). */
  recordsFile?: string;
}

/** Bump when what a cached shard holds changes, so that older cache entries are not reused. */
const SHARD_FORMAT = 3;

/** A package's version, from the package.json above its entry point (a package's "exports" may leave that file out). */
function packageVersion(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.resolve(name)));
  while (dir !== dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, "utf8")) as { name?: string; version?: string };
      if (parsed.name === name) return parsed.version ?? "";
    }
    dir = dirname(dir);
  }
  return "";
}

/**
 * What makes a shard besides its stories: the code that makes a record and the code that indexes the records (their
 * text, as sources or as the installed package's JavaScript) and the packages they use. A change to any of them
 * builds every shard again: a shard that Pagefind's API indexed numbers its pages otherwise than one its command-line
 * indexer did, so a cached one would not be the bytes a clean build writes.
 */
function shardMaker(): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify([SHARD_FORMAT, ...["pagefind", "markdown-it", "luxon"].map(packageVersion)]));
  const extension = extname(fileURLToPath(import.meta.url));
  const modules = [
    "./search-record",
    "../model/markdown",
    "../model/to-site-date",
    "./build-search-index",
    "./index-with-cli",
    "./prune-search-bundle",
    "./write-date-order",
  ];
  for (const module of modules) hash.update(readFileSync(new URL(`${module}${extension}`, import.meta.url)));
  return hash.digest("hex");
}
const SHARD_MAKER = shardMaker();

/**
 * The shards of `stories` (bodies from `bodyOf`), oldest first, each at most `maxStories` stories. A shard is keyed
 * by what its records are made from (each story's fields that its record shows, its body's Markdown, the site's
 * language and zone, the code that makes them), so that the bodies of a shard in the cache are never rendered. A
 * shard whose key names a built shard in `cacheDir` is taken from there (its folder touched, so the cache keeps it); the
 * records of any other are written to a file of this build's own beside the cache entry
 * (`<cacheDir>/<hash>.<pid>-<random>.records.jsonl`), for a process of its own to index: two builds into the same
 * cache at once never read or remove each other's. Only one shard's records are in memory at a time. `onJob` hears of
 * each shard as soon as it is ready, the newest first.
 */
export async function prepareSearchShards(
  stories: readonly IndexedStory[],
  bodyOf: (inputPath: string) => string,
  settings: SiteSettings,
  options: { maxStories: number; cacheDir: string; onJob?: (job: ShardJob) => void },
): Promise<ShardJob[]> {
  const language = settings.language.toLowerCase();
  // A site without stories still gets a bundle, an empty one, so that the search page loads and finds nothing.
  const plans = stories.length
    ? planShards(stories, options.maxStories)
    : [{ name: "empty", stories: [] as IndexedStory[] }];
  const jobs: ShardJob[] = new Array(plans.length);
  const build = `${process.pid}-${randomBytes(4).toString("hex")}`;
  // The newest shard first: it is the one a new story changes, and it can be indexed while the others are prepared.
  for (let index = plans.length - 1; index >= 0; index--) {
    const plan = plans[index]!;
    const hash = createHash("sha256").update(
      JSON.stringify([SHARD_MAKER, language, settings.language, settings.locale, settings.timezone]),
    );
    for (const story of plan.stories) {
      const body = bodyOf(story.inputPath);
      hash.update(`\n${JSON.stringify(recordSource(story))}\n${body.length}\n${body}`);
    }
    const dir = join(options.cacheDir, hash.digest("hex").slice(0, 24));
    const job: ShardJob = { name: plan.name, dir, pages: plan.stories.length };
    if (existsSync(join(dir, "pagefind-entry.json"))) {
      const now = new Date();
      await utimes(dir, now, now).catch(() => {});
    } else {
      const records = [...searchRecords([...plan.stories], bodyOf, settings)];
      job.recordsFile = `${dir}.${build}.records.jsonl`;
      await writeAtomic(job.recordsFile, records.map((record) => `${JSON.stringify(record)}\n`).join(""));
    }
    jobs[index] = job;
    options.onJob?.(job);
  }
  return jobs;
}
