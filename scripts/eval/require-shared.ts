// The speed tools that time the summariser on the evaluation sets need ../shared/ beside the checkout; a user's clone has none.
import { existsSync } from "node:fs";
import path from "node:path";

/** Exits with a clear message (code 2) when `../shared/` is not beside the repository at `repoRoot`. */
export function requireShared(repoRoot: string, tool: string): void {
  const shared = path.resolve(repoRoot, "../shared");
  if (existsSync(shared)) return;
  console.error(
    `${tool} times the summariser on the evaluation sets in ${shared}, which is not there (a clone of the project has none). npm run bench measures speed from what the repository ships.`,
  );
  process.exit(2);
}
