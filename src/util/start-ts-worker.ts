// Starts a worker thread on a TypeScript module of this project, with tsx's loader registered first.
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

/**
 * tsx's ESM register API, found from this file so that the worker loads it whatever the
 * working directory. Read from tsx's package.json "exports": a CommonJS resolve would
 * give the `require` build, whose register() does not hook ES modules.
 */
function tsxApiUrl(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("tsx/package.json");
  const exports = (require("tsx/package.json") as { exports: Record<string, { import: { default: string } }> }).exports;
  return pathToFileURL(path.join(path.dirname(manifest), exports["./esm/api"]!.import.default)).href;
}

/**
 * Starts a worker running the module at `moduleUrl` (a .ts file's URL). `execArgv: ["--import", "tsx"]` is not
 * enough on Node 20: the worker's entry is resolved before the `--import` hooks are in place ("Unknown file
 * extension .ts"), so a small bootstrap registers them first.
 */
export function startTsWorker(moduleUrl: string): Worker {
  const bootstrap = `import(${JSON.stringify(tsxApiUrl())}).then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl)}); });`;
  return new Worker(bootstrap, { eval: true });
}
