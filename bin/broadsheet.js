#!/usr/bin/env node
// The `broadsheet` command: the TypeScript sources through tsx in the repository, the compiled dist/ in an installed package.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { constants, totalmem } from "node:os";
import { getHeapStatistics } from "node:v8";

const MB = 1024 * 1024;
/** Half the machine's memory: Eleventy keeps every page it draws, and Pagefind's process needs the rest. */
const wantedHeapMb = Math.floor(totalmem() / 2 / MB);
const heapChosen = [...process.execArgv, process.env["NODE_OPTIONS"] ?? ""].some((arg) =>
  arg.includes("max-old-space-size"),
);

if (
  !heapChosen &&
  !process.env["BROADSHEET_HEAP_RAISED"] &&
  getHeapStatistics().heap_size_limit / MB < wantedHeapMb * 0.9
) {
  // Node's default heap (about 4 GB) runs out while Eleventy draws some 40,000 articles' pages: the heap limit can
  // only be set when Node starts, so the command runs again in a Node started with a larger one.
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${wantedHeapMb}`, "--expose-gc", ...process.execArgv, ...process.argv.slice(1)],
    {
      stdio: "inherit",
      env: { ...process.env, BROADSHEET_HEAP_RAISED: "1" },
    },
  );
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  // Killed by a signal: the shell's convention, 128 + its number.
  child.on("exit", (code, signal) => (process.exitCode = signal ? 128 + constants.signals[signal] : (code ?? 1)));
} else if (existsSync(new URL("../src/cli/main.ts", import.meta.url))) {
  // The repository: the sources run as they are (the tarball ships dist/ only, so a host never needs tsx).
  const { register } = await import("tsx/esm/api");
  register();
  const { main } = await import("../src/cli/main.ts");
  process.exitCode = await main(process.argv.slice(2));
} else {
  const { main } = await import("../dist/src/cli/main.js");
  process.exitCode = await main(process.argv.slice(2));
}
