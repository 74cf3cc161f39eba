// Search shards indexed while the build's drawing process still draws: beside a small redraw, or a large one's slices.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { buildShard, type ShardResult } from "../index/build-shard.ts";
import { estimateShardMb } from "../index/build-shards-at-once.ts";
import { shardReadyFile } from "../index/index-worker.ts";
import type { ShardJob } from "../index/prepare-search-shards.ts";
import type { BuildSignal } from "../util/build-signals.ts";
import { recordTiming, timingMark } from "../util/record-timing.ts";

/**
 * Pages a drawing may draw at most for shards to be indexed meanwhile. The drawing process's memory grows with the
 * pages a run draws: at 10,000 stories it peaked at 830-950 MB drawing the 360-650 pages that adding a story and
 * editing one redraw, against 1,211 MB drawing all 15,000, when a Pagefind process takes about 310 MB for a shard of
 * 1,000. A build that draws every page therefore indexes beside the runs that draw a slice of the stories' pages
 * (after the first run, which draws the listings and peaks), a small redraw beside its one run.
 */
export const EARLY_INDEX_MAX_PAGES = 1_000;

/**
 * The memory the whole build may take, in MB, for a site of `stories` stories: 1.5 GB up to 10,000 stories, 6 GB at
 * 50,000 and in proportion between and beyond (the budgets in the README's performance section).
 */
export const buildMemoryBudgetMb = (stories: number): number =>
  1_536 + Math.max(0, stories - 10_000) * ((6_144 - 1_536) / 40_000);

/**
 * What a drawing process may still grow by after its signal while it draws few pages, in MB: at 10,000 stories it grew
 * by 3-67 MB drawing 9 pages of the model (with its index worker starting), and by 25-30 MB drawing 63.
 */
const DRAWING_GROWTH_MB = 80;

/**
 * What a drawing process may grow by in a run that draws one slice of the stories' pages (the default 1,500), in MB:
 * at 10,000 stories it began the slices at 835-866 MB and drew them within 835-892 MB.
 */
const SLICE_GROWTH_MB = 120;

/** The memory of the command's launcher (bin/broadsheet.js), when it started this process with a larger heap: 42 MB measured. */
const LAUNCHER_MB = process.env["BROADSHEET_HEAP_RAISED"] ? 45 : 0;

/** How often the files that tell of a shard ready are looked for (ms). */
const LOOK_EVERY_MS = 50;

/** The shards being indexed early, and what hears the drawing process's signals. */
export interface EarlyIndex {
  hear: (signal: BuildSignal) => void;
  /** The shards started early, by their records file: the index step waits for them instead of building them. */
  started: ReadonlyMap<string, Promise<ShardResult>>;
  /** Starts no more shards and removes the files that told of them (the index step builds what is left). */
  stop: () => void;
}

/**
 * Indexes the shards that the drawing process's index worker reports ready (`shardReadyFile` beside `planFile`; the
 * newest shard comes first) one at a time, the drawing keeping the other core, once the drawing process has said
 * that it draws at most `maxPages` pages, or that a run drawing a slice of the stories' pages begins, and only while
 * the build's memory with a Pagefind more (this process's, the launcher's, the drawing process's with what it may
 * still grow by, and the shard's estimate) stays within `buildMemoryBudgetMb`.
 */
export function indexEarly(planFile: string, language: string, maxPages = EARLY_INDEX_MAX_PAGES): EarlyIndex {
  const ready: ShardJob[] = [];
  const started = new Map<string, Promise<ShardResult>>();
  let seen = 0;
  let drawing: BuildSignal | undefined;
  let running = false;
  let stopped = false;
  const fits = (job: ShardJob) =>
    drawing !== undefined &&
    (drawing.slice === true || drawing.drawing <= maxPages) &&
    drawing.rssMb +
      (drawing.slice ? SLICE_GROWTH_MB : DRAWING_GROWTH_MB) +
      process.memoryUsage.rss() / 2 ** 20 +
      LAUNCHER_MB +
      estimateShardMb(job.pages) <=
      buildMemoryBudgetMb(drawing.stories);
  const next = () => {
    if (running || stopped || !ready[0] || !fits(ready[0])) return;
    const job = ready.shift();
    if (!job?.recordsFile) return;
    running = true;
    const from = timingMark();
    const result = buildShard(job, language);
    started.set(job.recordsFile, result);
    const done = () => {
      // The bench and the tests read when each early shard was indexed, against when the pages were drawn.
      recordTiming("index-early", from, { shard: job.name, pages: job.pages });
      running = false;
      next();
    };
    void result.then(done, done);
  };
  const look = () => {
    for (let file = shardReadyFile(planFile, seen); existsSync(file); file = shardReadyFile(planFile, ++seen)) {
      try {
        ready.push(JSON.parse(readFileSync(file, "utf8")) as ShardJob);
      } catch {
        // Unreadable: the index step builds that shard from the plan.
      }
    }
    next();
  };
  const timer = setInterval(look, LOOK_EVERY_MS);
  timer.unref();
  return {
    started,
    hear(signal) {
      drawing = signal;
      look();
    },
    stop() {
      stopped = true;
      clearInterval(timer);
      for (let index = 0; existsSync(shardReadyFile(planFile, index)); index++)
        rmSync(shardReadyFile(planFile, index), { force: true });
    },
  };
}
