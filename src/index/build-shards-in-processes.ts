// Builds the shards that are not in the cache, each in a child process of its own, a few at a time.
import type { ChildProcess } from "node:child_process";
import { forkTs } from "../util/fork-ts.ts";
import { buildShard, type ShardResult } from "./build-shard.ts";
import type { ShardAnswer, ShardMessage } from "./index-shard-process.ts";
import type { ShardJob } from "./prepare-search-shards.ts";

/** Options of `buildShardsInProcesses`. */
export interface ShardProcessOptions {
  /** The language every record is indexed as (the site's). */
  language: string;
  /** Shards built at once at most, each in its own process with its own Pagefind (default: 2). */
  parallel?: number;
  /**
   * Memory the Pagefind processes may take together, in MB (default: 1200): shards are built at once only while the
   * estimate of their Pagefinds' memory fits in it. One shard is always built, whatever its estimate.
   */
  memoryMb?: number;
  /** Build in this process, one shard at a time (default: when the budget allows only one at a time). */
  inProcess?: boolean;
  /** Called as each shard is done (built or cached): shards done, shards in all, whether it came from the cache (default: none). */
  onShard?: (done: number, total: number, reused: boolean) => void;
}

/**
 * A Pagefind process's memory in MB while it indexes a shard of `stories` stories: a fixed part and a part per story
 * (its word lists and fragments are all held until the shard is written). An upper estimate, from the bench.
 */
export const estimateShardMb = (stories: number): number => 200 + 0.25 * stories;

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

const CHILD = new URL("./index-shard-process.ts", import.meta.url).href;

/** A child process for shards: Node's heap limit as this process's, an IPC channel. */
function startChild(): ChildProcess {
  return forkTs(CHILD, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
}

/** Sends `job` to `child` and resolves with its result (or the child's failure as a problem of the shard). */
function buildInChild(child: ChildProcess, job: ShardJob, language: string): Promise<ShardResult> {
  return new Promise((resolve) => {
    const failed = (why: string) =>
      resolve({ name: job.name, pages: 0, dir: job.dir, temporary: false, errors: [`shard ${job.name}: ${why}`] });
    const onMessage = (answer: ShardAnswer) => done(() => resolve(answer.result));
    const onExit = (code: number | null, signal: string | null) =>
      done(() => failed(`its index process ended (${signal ?? `exit ${code}`})`));
    const onError = (error: Error) => done(() => failed(error.message));
    const done = (then: () => void) => {
      child.off("message", onMessage).off("exit", onExit).off("error", onError);
      then();
    };
    child.once("message", onMessage).once("exit", onExit).once("error", onError);
    child.send({ job, language } satisfies ShardMessage);
  });
}

/**
 * Builds every job with a records file and returns all jobs' results, oldest shard first. Up to `parallel` child
 * processes (as many as the memory budget allows) each take the next shard when done with one, so the memory of
 * the indexing is that many Pagefinds, whatever the archive's size, and none of it is in this process's heap.
 */
export async function buildShardsInProcesses(
  jobs: readonly ShardJob[],
  options: ShardProcessOptions,
): Promise<ShardResult[]> {
  const { language, parallel = 2, memoryMb = 1200, onShard } = options;
  const results: ShardResult[] = new Array(jobs.length);
  let done = 0;
  const finish = (index: number, result: ShardResult, reused: boolean) => {
    results[index] = result;
    onShard?.(++done, jobs.length, reused);
  };
  const pending: number[] = [];
  jobs.forEach((job, index) => {
    if (job.recordsFile) pending.push(index);
    else finish(index, { name: job.name, pages: job.pages, dir: job.dir, temporary: false, errors: [] }, true);
  });
  // The newest shard first: it changes most often, and a watch-mode build waits on it.
  pending.reverse();
  const slots = shardsAtOnce(
    pending.map((index) => jobs[index]!.pages),
    parallel,
    memoryMb,
  );
  // One at a time needs no process of ours: this process's Pagefind service is a process of its own already.
  const inProcess = options.inProcess ?? slots <= 1;
  const slot = async (): Promise<void> => {
    let child: ChildProcess | undefined;
    try {
      for (let index = pending.shift(); index !== undefined; index = pending.shift()) {
        const job = jobs[index]!;
        if (inProcess) {
          finish(index, await buildShard(job, language), false);
          continue;
        }
        if (!child || child.exitCode !== null || !child.connected) {
          child?.kill();
          child = startChild();
        }
        finish(index, await buildInChild(child, job, language), false);
      }
    } finally {
      if (child?.connected) child.disconnect();
    }
  };
  await Promise.all(Array.from({ length: slots }, slot));
  return results;
}
