// Articles a second on one core: the summary alone, and the full digest (keywords, entities). Median of runs.
// Usage: node --import tsx scripts/bench/summarise/speed.ts [--only summary|digest] [--bench N] (profile one path with --cpu-prof)
import { digestArticle, summarise } from "../../../src/summarise/index.ts";
import type { SummaryInput } from "../../../src/model/types.ts";
import { benchArticles, sampleArticles } from "./speed-articles.ts";

/** Timed runs per measurement (default: 5); the median is reported. */
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Median articles a second over RUNS runs, by wall clock and by this process's CPU
 * time. The work is single-threaded, so CPU time is time on one core: on a shared,
 * busy machine it is the steadier figure of the two.
 */
function rate(articles: SummaryInput[], work: (input: SummaryInput) => unknown): { wall: number; cpu: number } {
  for (const article of articles.slice(0, 50)) work(article); // warm up the JIT and wink's model
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    for (const article of articles) work(article);
    const used = process.cpuUsage(usage);
    wall.push(articles.length / ((performance.now() - started) / 1000));
    cpu.push(articles.length / ((used.user + used.system) / 1e6));
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
/** Which path to time (default: both); one alone keeps a CPU profile to that path. */
const only = option("--only");
const corpora: [string, SummaryInput[]][] = [
  ["sample", await sampleArticles()],
  ["bench", await benchArticles(Number(option("--bench") ?? 0))],
];
console.log(
  "| corpus | articles | mean words | summary only, wall (articles/s) | summary only, CPU | full digest, wall | full digest, CPU |",
);
console.log("|---|---|---|---|---|---|---|");
for (const [name, articles] of corpora) {
  if (!articles.length) continue;
  const words = articles.reduce((sum, a) => sum + a.text.split(/\s+/).length, 0) / articles.length;
  const none = { wall: NaN, cpu: NaN };
  const summaryRate = only === "digest" ? none : rate(articles, (a) => summarise(a, { sentences: 3 }));
  const digestRate = only === "summary" ? none : rate(articles, (a) => digestArticle(a, { sentences: 3 }));
  const r = (n: number): string => (Number.isNaN(n) ? "–" : String(Math.round(n)));
  console.log(
    `| ${name} | ${articles.length} | ${Math.round(words)} | ${r(summaryRate.wall)} | ${r(summaryRate.cpu)} | ${r(digestRate.wall)} | ${r(digestRate.cpu)} |`,
  );
}
