// Times the search index alone on a benchmark corpus, with the peak memory of its process tree, for a shard size and parallelism.
// Usage: node --import tsx scripts/bench/bench-index.ts [--corpus .cache/bench/10000] [--site <site>] [--shard-stories 2500] [--at-once 2]
//   The corpus must have been built once (its summaries cached); the index goes into <site>/pagefind from an empty shard cache.
import { rm } from "node:fs/promises";
import { parseArgs } from "node:util";
import { measureProcess, peakRssKb } from "./measure-process.ts";

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: ".cache/bench/10000" },
    site: { type: "string" },
    "shard-stories": { type: "string", default: "2500" },
    "at-once": { type: "string", default: "2" },
  },
});
const corpus = values.corpus!;
const site = values.site ?? `${corpus}/site`;
const cache = `${corpus}/index-bench-shards`;
await rm(cache, { recursive: true, force: true });
const run = await measureProcess(process.execPath, [
  "--import",
  "tsx",
  "scripts/bench/index-corpus.ts",
  corpus,
  site,
  values["shard-stories"]!,
  values["at-once"]!,
  cache,
]);
await rm(cache, { recursive: true, force: true });
if (run.code !== 0) throw new Error(`indexing failed (exit ${run.code}):\n${run.stderr}`);
const result = JSON.parse(run.stdout.trim().split("\n").pop()!) as {
  pages: number;
  shards: number;
  bytes: number;
  indexSeconds: number;
  errors: string[];
};
console.log(
  `${result.pages} stories in ${result.shards} shards of at most ${values["shard-stories"]}, ${values["at-once"]} at once: ` +
    `index ${result.indexSeconds.toFixed(1)} s, ${(result.bytes / 1e6).toFixed(1)} MB; whole run ${((run.endedAt - run.startedAt) / 1000).toFixed(1)} s, ` +
    `peak RSS of the tree ${Math.round(peakRssKb(run) / 1024)} MB, largest process ${Math.round(run.maxRssKb / 1024)} MB${result.errors.length ? `; ${result.errors.length} errors` : ""}`,
);
