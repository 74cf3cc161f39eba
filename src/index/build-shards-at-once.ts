// Builds the shards that are not in the cache, a few at a time, each by a Pagefind process of its own.
import { buildShard, cachedShard, type ShardResult } from "./build-shard.ts";
import type { ShardJob } from "./prepare-search-shards.ts";

/** Options of `buildShardsAtOnce`. */
export interface ShardBuildOptions {
  /** The language every record is indexed as (the site's). */
  language: string;
  /** Shards built at once at most, each by its own Pagefind process (default: 2). */
  parallel?: number;
  /**
   * Memory the Pagefind processes may take together, in MB (default: 1200): shards are built at once only while the
   * estimate of their Pagefinds' memory fits in it. One shard is always built, whatever its estimate.
   */
  memoryMb?: number;
  /** Called as each shard is done (built or cached): shards done, shards in all, whether it came from the cache (default: none). */
  onShard?: (done: number, total: number, reused: boolean) => void;
  /**
   * Shards already being built (cli/index-early.ts), by their records file: awaited, not built again, each holding one
   * of the slots until it is done, so that no more Pagefinds run at once than the memory allows (default: none).
   */
  started?: ReadonlyMap<string, Promise<ShardResult>>;
}

/**
 * A Pagefind process's memory in MB while it indexes a shard of `stories` stories: almost all of it a part per story
 * (its word lists and fragments are all held until the shard is written). An upper estimate: Pagefind's peak RSS for
 * the newest 250, 500, 1,000, 1,500 and 2,500 stories of the bench's 10,000 was 83, 160, 309, 464 and 760 MB.
 */
export const estimateShardMb = (stories: number): number => 10 + 0.31 * stories;

/**
 * How many of the shards of `stories` stories each to build at once: at most `parallel`, and as many as fit in
 * `memoryMb` with the largest ones (the processes take shards in any order); one at least when there is any.
 */
export function shardsAtOnce(stories: readonly number[], parallel: number, memoryMb: number): number {
  const largest = stories.map(estimateShardMb).sort((a, b) => b - a);
  let slots = 0;
  let used = 0;
  while (slots < Math.min(parallel, largest.length) && (slots === 0 || used + largest[slots]! <= memoryMb))
    used += largest[slots++]!;
  return slots;
}

/**
 * Builds every job with a records file and returns all jobs' results, oldest shard first. Up to `parallel` shards
 * (as many as the memory budget allows) are built at once, each slot taking the next shard when done with one. Each
 * shard is indexed by a Pagefind process of its own (build-search-index.ts), so the memory of the indexing is that
 * many Pagefinds, whatever the archive's size, and none of it is in this process's heap.
 */
export async function buildShardsAtOnce(jobs: readonly ShardJob[], options: ShardBuildOptions): Promise<ShardResult[]> {
  const {
    language,
    parallel = 2,
    memoryMb = 1200,
    onShard,
    started = new Map<string, Promise<ShardResult>>(),
  } = options;
  const results: ShardResult[] = new Array(jobs.length);
  let done = 0;
  const finish = (index: number, result: ShardResult, reused: boolean) => {
    results[index] = result;
    onShard?.(++done, jobs.length, reused);
  };
  const pending: number[] = [];
  const early: { index: number; building: Promise<ShardResult> }[] = [];
  jobs.forEach((job, index) => {
    if (job.recordsFile && started.has(job.recordsFile)) early.push({ index, building: started.get(job.recordsFile)! });
    else if (job.recordsFile) pending.push(index);
    else finish(index, cachedShard(job), true);
  });
  // The newest shard first: it changes most often, and a watch-mode build waits on it.
  pending.reverse();
  const slots = shardsAtOnce(
    [...early.map(({ index }) => index), ...pending].map((index) => jobs[index]!.pages),
    parallel,
    memoryMb,
  );
  const slot = async (first?: (typeof early)[number]): Promise<void> => {
    if (first) finish(first.index, await first.building, false);
    for (let index = pending.shift(); index !== undefined; index = pending.shift())
      finish(index, await buildShard(jobs[index]!, language), false);
  };
  // A shard started early holds a slot until it is done (the last started first: the others may be done already).
  const seeds = early.reverse();
  await Promise.all([
    ...seeds.slice(slots).map(({ index, building }) => building.then((result) => finish(index, result, false))),
    ...Array.from({ length: slots }, (_, n) => slot(seeds[n])),
  ]);
  return results;
}
