// The standalone build's index step: the shards the Eleventy process planned, built once it has ended.
import { readFile, rm } from "node:fs/promises";
import type { IndexError } from "../errors.ts";
import { buildPreparedShards } from "../index/build-search-shards.ts";
import type { ShardResult } from "../index/build-shard.ts";
import type { SearchPlan } from "../index/index-worker.ts";
import { buildTally, formatBytes, formatCount, stageCount, stageLine } from "../util/build-log.ts";
import { recordTiming, timingMark } from "../util/record-timing.ts";

/**
 * Builds the search bundle the plan in `planFile` describes (none: the build had no search index), as many shards
 * at a time as fit in `memoryMb` (waiting for those started `early`), prints the stage's line and fills in the tally;
 * returns the problems. The plan file is removed.
 */
export async function indexSearchPlan(
  planFile: string,
  memoryMb: number,
  early?: ReadonlyMap<string, Promise<ShardResult>>,
): Promise<IndexError[]> {
  const text = await readFile(planFile, "utf8").catch(() => undefined);
  if (text === undefined) return [];
  await rm(planFile, { force: true });
  const plan = JSON.parse(text) as SearchPlan;
  const started = timingMark();
  const count = stageCount("Indexing for search… shard");
  const result = await buildPreparedShards(plan.jobs, plan.language, plan.bundleDir, plan.cacheDir, {
    memoryMb,
    firstStories: plan.firstStories,
    onShard: (done, total) => count(done, total),
    ...(early ? { started: early } : {}),
  });
  // The bench reads both: how long the build waited for the index after the pages (all of it, now), and its whole run.
  recordTiming("index-wait", started);
  recordTiming("index-all", started, {
    pages: result.pages,
    shards: result.shards,
    reusedShards: result.reused,
    bytes: result.bytes,
  });
  buildTally.indexBytes = result.bytes;
  const shards = `${result.shards} ${result.shards === 1 ? "shard" : "shards"}${result.reused ? `, ${result.reused} unchanged from the last build` : ""}`;
  const seconds = (Date.now() - started.at) / 1000;
  stageLine(
    `Indexed ${formatCount(result.pages)} stories for search (${formatBytes(result.bytes)} in ${shards}) in ${seconds.toFixed(1)} s.`,
  );
  return result.errors;
}
