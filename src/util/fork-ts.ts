// Forks a child process on a module of this project: the TypeScript source with tsx's loader, or the compiled JavaScript of the package.
import { fork, type ChildProcess, type ForkOptions } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Forks `moduleUrl` (the source's `.ts` URL) with Node's heap limit as this process's, the Node `flags` given, and
 * an IPC channel. In the repository the child loads tsx; in the installed package (compiled into dist/, no tsx in
 * the host) the `.js` beside it runs as it is.
 */
export function forkTs(moduleUrl: string, options: ForkOptions = {}, flags: string[] = []): ChildProcess {
  const nodeFlags = [...process.execArgv.filter((arg) => arg.startsWith("--max-old-space-size")), ...flags];
  const source = fileURLToPath(moduleUrl);
  if (!existsSync(source)) return fork(source.replace(/\.ts$/, ".js"), [], { ...options, execArgv: nodeFlags });
  // Resolved only here: the installed package has no tsx to resolve.
  return fork(source, [], { ...options, execArgv: [...nodeFlags, "--import", import.meta.resolve("tsx/esm")] });
}
