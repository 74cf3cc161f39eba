// Starts a worker thread on a module of this project: the TypeScript source with tsx's loader, or the compiled JavaScript of the package.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

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
 * Starts a worker running the module at `moduleUrl`, given as the source's `.ts` URL. In the installed package
 * (compiled by `npm pack` into dist/, no tsx in the host) the `.ts` file is not there and its `.js` runs as it is.
 * `execArgv: ["--import", "tsx"]` is not enough on Node 20: the worker's entry is resolved before the `--import`
 * hooks are in place ("Unknown file extension .ts"), so a small bootstrap registers them first. `options` are
 * the Worker's own (its `resourceLimits`, say).
 */
export function startTsWorker(moduleUrl: string, options: Omit<WorkerOptions, "eval"> = {}): Worker {
  if (moduleUrl.endsWith(".ts") && !existsSync(fileURLToPath(moduleUrl)))
    return new Worker(new URL(moduleUrl.replace(/\.ts$/, ".js")), options);
  if (!moduleUrl.endsWith(".ts")) return new Worker(new URL(moduleUrl), options);
  const bootstrap = `import(${JSON.stringify(tsxApiUrl())}).then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
