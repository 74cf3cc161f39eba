// Stage timings for `npm run bench`: when $BROADSHEET_TIMINGS names a file, each stage appends one JSON line to it.
import { appendFileSync } from "node:fs";

/** Appends `{ stage, start, end, ...detail }` (epoch milliseconds) to $BROADSHEET_TIMINGS; does nothing without it. */
export function recordTiming(stage: string, start: number, end = Date.now(), detail: Record<string, unknown> = {}): void {
  const file = process.env["BROADSHEET_TIMINGS"];
  // Synchronous on purpose: a line must be on disk even when the build fails or the process exits just after.
  if (file) appendFileSync(file, `${JSON.stringify({ stage, start, end, ...detail })}\n`);
}
