// A file's stat, or nothing when it cannot be had, asked at once: builds and imports ask for thousands in a row.
import { type Stats, statSync } from "node:fs";

/**
 * What stat says of `path`, or undefined when it cannot say (missing, unreadable). Synchronous: through promises each
 * of thousands of calls in a row cost several times the call itself.
 */
export function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
