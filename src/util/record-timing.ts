// Stage timings for `npm run bench`: when $BROADSHEET_TIMINGS names a file, each stage appends one JSON line to it.
import { appendFileSync } from "node:fs";

/** A moment of the build: wall clock (epoch ms), the CPU this process had used by then (ms, all threads), its heap (MB). */
export interface TimingMark {
  at: number;
  cpu: number;
  heapMb: number;
}

/** Now, as a mark to time a stage from. */
export function timingMark(): TimingMark {
  const { user, system } = process.cpuUsage();
  return { at: Date.now(), cpu: (user + system) / 1000, heapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20) };
}

/**
 * Appends `{ stage, pid, start, end, cpuStart, cpuEnd, heapStartMb, heapEndMb, ...detail }` for a stage that began at `from` and ends now
 * to $BROADSHEET_TIMINGS; does nothing without it. A mark with no duration: pass no `from`.
 */
export function recordTiming(stage: string, from?: TimingMark, detail: Record<string, unknown> = {}): void {
  const file = process.env["BROADSHEET_TIMINGS"];
  if (!file) return;
  const now = timingMark();
  const start = from ?? now;
  // Synchronous on purpose: a line must be on disk even when the build fails or the process exits just after.
  const line = {
    stage,
    pid: process.pid,
    start: start.at,
    end: now.at,
    cpuStart: start.cpu,
    cpuEnd: now.cpu,
    heapStartMb: start.heapMb,
    heapEndMb: now.heapMb,
    ...detail,
  };
  appendFileSync(file, `${JSON.stringify(line)}\n`);
}
