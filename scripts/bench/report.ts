// Turns the benchmark's runs into medians, budget checks and a printed table.
import { availableParallelism } from "node:os";
import type { BuildFigures, StageFigures } from "./run-scenario.ts";

/** The builds measured in one run, by scenario. */
export type RunFigures = Record<string, BuildFigures>;

export const SCENARIOS: Record<string, string> = {
  clean: "clean build",
  unchanged: "rebuild, nothing changed",
  changed: "rebuild, 1 added + 1 edited",
  bare: "bare Eleventy (yardstick)",
};

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const medianStage = (stages: StageFigures[]): StageFigures => ({
  seconds: Number(median(stages.map((s) => s.seconds)).toFixed(2)),
  cpuSeconds: Number(median(stages.map((s) => s.cpuSeconds ?? 0)).toFixed(2)),
  peakMb: median(stages.map((s) => s.peakMb)),
});

/** Medians over runs of every stage of every scenario. */
export function medianFigures(runs: RunFigures[]): RunFigures {
  const result: RunFigures = {};
  for (const scenario of Object.keys(runs[0] ?? {})) {
    const builds = runs.map((run) => run[scenario]!).filter(Boolean);
    const stages = Object.fromEntries(
      Object.keys(builds[0]!.stages).map((stage) => [stage, medianStage(builds.map((b) => b.stages[stage]!))]),
    );
    const counts = Object.fromEntries(
      Object.keys(builds[0]!.counts).map((key) => [key, median(builds.map((b) => b.counts[key] ?? 0))]),
    );
    result[scenario] = {
      stages,
      total: medianStage(builds.map((b) => b.total)),
      maxProcessMb: median(builds.map((b) => b.maxProcessMb)),
      cpuSeconds: Number(median(builds.map((b) => b.cpuSeconds)).toFixed(2)),
      counts,
      exitCodes: builds.flatMap((b) => b.exitCodes),
    };
  }
  return result;
}

/** One budget of issue 7 and whether it held. */
export interface BudgetCheck {
  budget: string;
  measured: string;
  holds: boolean;
}

/** The process tree's memory budget for a corpus of `articles` stories, in MB: 1.5 GB up to 10,000, 6 GB up to 50,000. */
export const memoryBudgetMb = (articles: number): number | undefined =>
  articles <= 10_000 ? 1536 : articles <= 50_000 ? 6144 : undefined;

/**
 * Checks the budgets of issue 15 that one corpus size can check: against bare Eleventy, one new story, memory. The
 * clean build's line also says what its CPU time alone takes on the machine's `cores` (default: the cores this
 * process may use), against bare Eleventy's time: no build doing the same work on them can be faster than that.
 */
export function checkBudgets(figures: RunFigures, articles: number, cores = availableParallelism()): BudgetCheck[] {
  const clean = figures["clean"]!.total.seconds;
  const checks: BudgetCheck[] = [];
  const bare = figures["bare"]?.total.seconds;
  if (bare) {
    const cleanCpu = figures["clean"]!.cpuSeconds;
    const cpu = cleanCpu / (figures["bare"]!.cpuSeconds || Infinity);
    const spread = cleanCpu / cores / bare;
    checks.push({
      budget: "clean build ≤ 4 × bare Eleventy",
      measured: `${(clean / bare).toFixed(2)} × (CPU time ${cpu.toFixed(2)} ×; its CPU time over ${cores} ${cores === 1 ? "core" : "cores"} alone ${spread.toFixed(2)} ×)`,
      holds: clean <= 4 * bare,
    });
  }
  const changed = figures["changed"]?.total.seconds;
  if (changed !== undefined)
    checks.push({
      budget: "add 1 + edit 1 ≤ 15% of clean",
      measured: `${((100 * changed) / clean).toFixed(0)}%`,
      holds: changed <= 0.15 * clean,
    });
  const peak = figures["clean"]!.total.peakMb;
  const budget = memoryBudgetMb(articles);
  if (budget !== undefined)
    checks.push({
      budget: `peak memory ≤ ${budget / 1024} GB (process tree)`,
      measured: `${peak} MB`,
      holds: peak <= budget,
    });
  return checks;
}

const pad = (text: string | number, width: number, right = false) =>
  right ? String(text).padStart(width) : String(text).padEnd(width);

/** The table printed at the end of a benchmark. */
export function formatTable(articles: number, figures: RunFigures, runs: number): string {
  const lines = [
    `Broadsheet benchmark: ${articles.toLocaleString("en-GB")} articles, median of ${runs} run(s)`,
    "",
    `${pad("build", 30)}${pad("stage", 11)}${pad("seconds", 9, true)}${pad("CPU s", 9, true)}${pad("articles/s", 12, true)}${pad("peak RSS MB", 13, true)}`,
  ];
  const row = (build: string, stage: string, figures: StageFigures) => {
    const rate = figures.seconds > 0 ? Math.round(articles / figures.seconds) : "";
    lines.push(
      `${pad(build, 30)}${pad(stage, 11)}${pad(figures.seconds.toFixed(2), 9, true)}${pad((figures.cpuSeconds ?? 0).toFixed(1), 9, true)}${pad(rate, 12, true)}${pad(figures.peakMb || "", 13, true)}`,
    );
  };
  for (const [scenario, label] of Object.entries(SCENARIOS)) {
    const build = figures[scenario];
    if (!build) continue;
    let first = true;
    if (scenario !== "bare") {
      for (const [stage, stageFigures] of Object.entries(build.stages)) {
        row(first ? label : "", stage, stageFigures);
        first = false;
      }
    }
    row(first ? label : "", "total", build.total);
    const counts = Object.entries(build.counts)
      .map(([key, value]) => `${key} ${value}`)
      .join(", ");
    lines.push(
      `${pad("", 30)}CPU ${build.cpuSeconds.toFixed(1)} s; largest process ${build.maxProcessMb} MB; ${counts}`,
    );
    lines.push("");
  }
  for (const check of checkBudgets(figures, articles))
    lines.push(`${check.holds ? "holds " : "FAILS "} ${pad(check.budget, 44)} ${check.measured}`);
  return lines.join("\n");
}
