// One measured build of the benchmark: `broadsheet build` (import, summarise, render, index) in a child process.
import { existsSync, readFileSync } from "node:fs";
import { rm, symlink, unlink } from "node:fs/promises";
import path from "node:path";
import { measureProcess, peakRssKb, type Measured } from "./measure-process.ts";
import type { SetAside } from "./set-aside.ts";

/** The folders of one benchmark corpus, all inside the project (Eleventy resolves data files from there). */
export interface BenchPaths {
  root: string;
  inbox: string;
  content: string;
  articles: string;
  site: string;
  bareSite: string;
  summaries: string;
  /** Where the build caches search-index shards. */
  searchShards: string;
}

/** Seconds and peak memory of one stage. */
export interface StageFigures {
  seconds: number;
  /** CPU seconds of the stage, all threads (the search index's own process only where GNU time can see it). */
  cpuSeconds?: number;
  /** Peak RSS of the process tree during the stage, in MB (sampled every 50 ms). */
  peakMb: number;
}

/** The figures of one build. */
export interface BuildFigures {
  stages: Record<string, StageFigures>;
  /** Wall time of the whole build (import + Eleventy processes) and the peak RSS of any moment of it. */
  total: StageFigures;
  /** Largest single process (GNU time's maximum resident set size), in MB. */
  maxProcessMb: number;
  /** CPU seconds of all the build's processes (user + system): less disturbed than wall time by other work on the machine. */
  cpuSeconds: number;
  /** Files Eleventy wrote, pages Pagefind indexed, summaries from the cache and made afresh. */
  counts: Record<string, number>;
  exitCodes: number[];
}

interface TimingLine {
  stage: string;
  start: number;
  end: number;
  /** CPU milliseconds the process had used at the start and at the end. */
  cpuStart?: number;
  cpuEnd?: number;
  [detail: string]: unknown;
}

const NODE = process.execPath;
const mb = (kb: number) => Math.round(kb / 1024);
const seconds = (ms: number) => Math.max(0, ms) / 1000;

function readTimings(file: string): Map<string, TimingLine> {
  const lines = existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean) : [];
  // The last line of a stage wins (Eleventy may build twice in one process only in watch mode, not here).
  return new Map(lines.map((line) => JSON.parse(line) as TimingLine).map((line) => [line.stage, line]));
}

/** Files Eleventy wrote in all its runs (a large site is drawn in several, each saying what it wrote). */
function writtenFiles(run: Measured): number {
  return [...(run.stdout + run.stderr).matchAll(/Wrote (\d+) files?/g)].reduce(
    (sum, match) => sum + Number(match[1]),
    0,
  );
}

/**
 * Runs `broadsheet build` on the benchmark's content folder, as a user does: it imports the inbox (the corpus, linked
 * as `<content>/inbox` for the build only, so that bare Eleventy never walks it) while its drawing process loads
 * Eleventy, then summarises, draws and indexes (with `noSearch`: without the search index, to show what the index
 * adds to a build).
 */
export async function runBuild(
  paths: BenchPaths,
  timingsFile: string,
  { noSearch = false } = {},
): Promise<BuildFigures> {
  await rm(timingsFile, { force: true });
  const env = {
    BROADSHEET_TIMINGS: timingsFile,
    BROADSHEET_SUMMARY_CACHE: paths.summaries,
    BROADSHEET_SEARCH_CACHE: paths.searchShards,
    ...(noSearch ? { BROADSHEET_NO_SEARCH: "1" } : {}),
  };
  const inbox = path.join(paths.content, "inbox");
  await symlink(path.resolve(paths.inbox), inbox, "junction");
  let built: Measured;
  try {
    built = await measureProcess(
      NODE,
      ["bin/broadsheet.js", "build", "--content", paths.content, "--output", paths.site],
      { env },
    );
  } finally {
    await unlink(inbox);
  }
  if (built.code !== 0 && built.code !== 1) throw new Error(`build failed (exit ${built.code}):\n${built.stderr}`);
  if (built.code === 1)
    console.error(`  (the build reported problems:)\n${built.stderr.split("\n").slice(-6).join("\n")}`);

  const t = readTimings(timingsFile);
  const imported = t.get("import");
  const importEnd = imported?.end ?? built.startedAt;
  const buildStart = t.get("build-start");
  const buildStartAt = buildStart?.start ?? built.startedAt;
  const summarise = t.get("summarise");
  const model = t.get("model");
  // The index stage writes its own line when it can; otherwise it is what follows the pages, to the process's end.
  const renderEndLine = t.get("render-end");
  const renderEnd = renderEndLine?.start ?? t.get("index")?.start ?? built.endedAt;
  const index = t.get("index") ?? { stage: "index", start: renderEnd, end: built.endedAt };
  const span = (line: TimingLine | undefined) => (line ? line.end - line.start : 0);
  const cpu = (line: TimingLine | undefined) =>
    line?.cpuEnd !== undefined && line.cpuStart !== undefined ? (line.cpuEnd - line.cpuStart) / 1000 : 0;
  const round = (value: number) => Number(Math.max(0, value).toFixed(2));
  const cpuAtBuildStart = (buildStart?.cpuStart ?? 0) / 1000;
  const cpuAtRenderEnd = (renderEndLine?.cpuStart ?? 0) / 1000;
  // The command's own process, from its start (Node and tsx loading) to the inbox imported.
  const importFigures = {
    seconds: seconds(importEnd - built.startedAt),
    cpuSeconds: round((imported?.cpuEnd ?? 0) / 1000),
    peakMb: mb(peakRssKb(built, built.startedAt, importEnd)),
  };
  const none = { seconds: 0, cpuSeconds: 0, peakMb: 0 };
  // Without a build-start mark the build was skipped (nothing changed): the rest was the up-to-date check.
  const skipped = {
    seconds: seconds(built.endedAt - importEnd),
    cpuSeconds: round(built.cpuSeconds - importFigures.cpuSeconds),
    peakMb: mb(peakRssKb(built, importEnd, built.endedAt)),
  };
  const stages: Record<string, StageFigures> = !buildStart
    ? { import: importFigures, startup: skipped, summarise: none, model: none, render: none, index: none }
    : {
        import: importFigures,
        // The drawing process's Node, tsx and Eleventy configuration (loaded while the inbox was imported), before
        // the build proper begins.
        startup: {
          seconds: seconds(buildStartAt - importEnd),
          cpuSeconds: round(cpuAtBuildStart),
          peakMb: mb(peakRssKb(built, importEnd, buildStartAt)),
        },
        summarise: {
          seconds: seconds(span(summarise)),
          cpuSeconds: round(cpu(summarise)),
          peakMb: summarise ? mb(peakRssKb(built, summarise.start, summarise.end)) : 0,
        },
        model: {
          seconds: seconds(span(model)),
          cpuSeconds: round(cpu(model)),
          peakMb: model ? mb(peakRssKb(built, model.start, model.end)) : 0,
        },
        // Eleventy's own work: reading templates and data, rendering and writing pages (summaries and model excluded).
        render: {
          seconds: seconds(renderEnd - buildStartAt - span(summarise) - span(model)),
          cpuSeconds: round(cpuAtRenderEnd - cpuAtBuildStart - cpu(summarise) - cpu(model)),
          peakMb: mb(peakRssKb(built, buildStartAt, renderEnd)),
        },
        index: {
          seconds: seconds(span(index)),
          cpuSeconds: round(built.cpuSeconds - cpuAtRenderEnd - importFigures.cpuSeconds),
          peakMb: mb(peakRssKb(built, index.start, index.end)),
        },
      };
  return {
    stages,
    total: {
      seconds: seconds(built.endedAt - built.startedAt),
      cpuSeconds: round(built.cpuSeconds),
      peakMb: mb(peakRssKb(built)),
    },
    maxProcessMb: mb(built.maxRssKb),
    cpuSeconds: round(built.cpuSeconds),
    counts: {
      written: writtenFiles(built),
      // The index is built alongside the render; its "index" stage above is the time the build waited for it after the pages.
      indexed: Number(t.get("index-all")?.["pages"] ?? 0),
      indexAllSeconds: seconds(span(t.get("index-all"))),
      summaryHits: Number(summarise?.["hits"] ?? 0),
      summaryMisses: Number(summarise?.["misses"] ?? 0),
      imported: Number(imported?.["imported"] ?? 0),
      unchanged: Number(imported?.["unchanged"] ?? 0),
    },
    exitCodes: [built.code ?? -1],
  };
}

/** The yardstick: plain Eleventy on the same Markdown, with one layout and nothing else. */
export async function runBare(paths: BenchPaths, setAside: SetAside): Promise<BuildFigures> {
  await setAside.move(paths.bareSite);
  const run = await measureProcess(NODE, [
    "node_modules/@11ty/eleventy/cmd.cjs",
    "--config=scripts/bench/bare/eleventy.config.mjs",
    `--input=${paths.content}`,
    `--output=${paths.bareSite}`,
    "--quiet",
  ]);
  if (run.code !== 0) throw new Error(`the bare Eleventy build failed (exit ${run.code}):\n${run.stderr}`);
  const total = {
    seconds: seconds(run.endedAt - run.startedAt),
    cpuSeconds: Number(run.cpuSeconds.toFixed(2)),
    peakMb: mb(peakRssKb(run)),
  };
  return {
    stages: { render: total },
    total,
    maxProcessMb: mb(run.maxRssKb),
    cpuSeconds: Number(run.cpuSeconds.toFixed(2)),
    counts: { written: writtenFiles(run) },
    exitCodes: [run.code],
  };
}
