// Stage timings for `npm run bench`: when $BROADSHEET_TIMINGS names a file, each stage appends one JSON line to it.
import { appendFileSync } from "node:fs";

/** A moment of the build: wall clock (epoch ms) and the CPU this process had used by then (ms, all threads). */
export interface TimingMark {
  at: number;
  cpu: number;
}

/** Now, as a mark to time a stage from. */
export function timingMark(): TimingMark {
  const { user, system } = process.cpuUsage();
  return { at: Date.now(), cpu: (user + system) / 1000 };
}

/**
 * Appends `{ stage, start, end, cpuStart, cpuEnd, ...detail }` for a stage that began at `from` and ends now
 * to $BROADSHEET_TIMINGS; does nothing without it. A mark with no duration: pass no `from`.
 */
export function recordTiming(stage: string, from?: TimingMark, detail: Record<string, unknown> = {}): void {
  const file = process.env["BROADSHEET_TIMINGS"];
  if (!file) return;
  const now = timingMark();
  const start = from ?? now;
  // Synchronous on purpose: a line must be on disk even when the build fails or the process exits just after.
  appendFileSync(file, `${JSON.stringify({ stage, start: start.at, end: now.at, cpuStart: start.cpu, cpuEnd: now.cpu, ...detail })}\n`);
}
