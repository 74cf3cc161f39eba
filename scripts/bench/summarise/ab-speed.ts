// Digest speed of an earlier tree against the working tree, interleaved in one process so a busy machine slows both alike.
// Usage: mkdir -p .cache/ab/base && git archive <rev> src | tar -x -C .cache/ab/base
//        node --import tsx scripts/bench/summarise/ab-speed.ts [.cache/ab/base/src/summarise/run/digest-article.ts] [rounds (default: 5)] [bench articles (default: 600)]
import path from "node:path";
import { fileURLToPath } from "node:url";
import { digestArticle } from "../../../src/summarise/run/digest-article.ts";
import type { SummaryInput, SummaryOptions } from "../../../src/model/types.ts";
import { benchArticles, sampleArticles } from "./speed-articles.ts";

type Digest = (input: SummaryInput, options?: SummaryOptions) => unknown;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const [basePath = ".cache/ab/base/src/summarise/run/digest-article.ts", roundsText = "5", benchText = "600"] =
  process.argv.slice(2);
const base = ((await import(path.resolve(repoRoot, basePath))) as { digestArticle: Digest }).digestArticle;

// The sample digest's articles, and the first of the bench's 10,000 when it was generated.
const articles: SummaryInput[] = [...(await sampleArticles()), ...(await benchArticles(Number(benchText)))];

const rates: Record<"base" | "new", { cpu: number[]; wall: number[] }> = {
  base: { cpu: [], wall: [] },
  new: { cpu: [], wall: [] },
};
function run(which: "base" | "new", digest: Digest): void {
  const started = performance.now();
  const usage = process.cpuUsage();
  for (const article of articles) digest(article, { sentences: 3 });
  const used = process.cpuUsage(usage);
  rates[which].cpu.push(articles.length / ((used.user + used.system) / 1e6));
  rates[which].wall.push(articles.length / ((performance.now() - started) / 1000));
}
for (const article of articles.slice(0, 50)) {
  base(article);
  digestArticle(article);
} // warm up both
const rounds = Number(roundsText);
for (let round = 0; round < rounds; round++) {
  run("base", base);
  run("new", digestArticle);
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
for (const which of ["base", "new"] as const) {
  console.log(
    `${which}: ${articles.length} articles, median of ${rounds}: CPU ${median(rates[which].cpu).toFixed(0)} articles/s, wall ${median(rates[which].wall).toFixed(0)} articles/s`,
  );
}
console.log(`CPU speed-up ${(median(rates.new.cpu) / median(rates.base.cpu)).toFixed(2)}×`);
