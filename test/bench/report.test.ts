import { describe, expect, it } from "vitest";
import { checkBudgets, type RunFigures } from "../../scripts/bench/report.ts";
import type { BuildFigures } from "../../scripts/bench/run-scenario.ts";

/** A build's figures as the bench measures them, with only what the budgets read filled in. */
function build(seconds: number, cpuSeconds: number, peakMb = 1000): BuildFigures {
  return {
    stages: {},
    total: { seconds, cpuSeconds, peakMb },
    maxProcessMb: peakMb,
    cpuSeconds,
    counts: {},
    exitCodes: [],
  };
}

describe("the bench's budget checks", () => {
  it("says what the clean build's CPU time alone takes on the cores, against bare Eleventy", () => {
    // This stop's first 10,000-article run: 50.9 s and 92.6 CPU seconds against bare Eleventy's 6.57 s.
    const figures: RunFigures = { clean: build(50.9, 92.6, 1342), bare: build(6.57, 8.1), changed: build(9.6, 16.4) };
    const [ratio, added, memory] = checkBudgets(figures, 10_000, 2);
    expect(ratio).toEqual({
      budget: "clean build ≤ 4 × bare Eleventy",
      measured: "7.75 × (CPU time 11.43 ×; its CPU time over 2 cores alone 7.05 ×)",
      holds: false,
    });
    expect(checkBudgets(figures, 10_000, 1)[0]!.measured).toContain("over 1 core alone 14.09 ×");
    expect(added).toEqual({ budget: "add 1 + edit 1 ≤ 15% of clean", measured: "19%", holds: false });
    expect(memory).toEqual({ budget: "peak memory ≤ 1.5 GB (process tree)", measured: "1342 MB", holds: true });
  });

  it("holds a clean build within four times bare Eleventy and a rebuild within 15% of it", () => {
    const figures: RunFigures = { clean: build(24, 40), bare: build(6.5, 8), changed: build(3.5, 6) };
    expect(checkBudgets(figures, 10_000, 4).map((check) => check.holds)).toEqual([true, true, true]);
  });
});
