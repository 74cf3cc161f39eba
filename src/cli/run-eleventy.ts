// Runs Eleventy in this process with Broadsheet's configuration, for a build or for the dev server.
import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildTally } from "../util/build-log.ts";
import { acquireLock, lockPathFor, withFolderLock } from "../util/file-lock.ts";
import { replaceFolder } from "../util/replace-folder.ts";
import { readSiteSettings } from "../util/site-settings.ts";
import type { EleventyBuildAnswer, EleventyBuildMessage } from "./eleventy-process.ts";
import { indexSearchPlan } from "./index-search-plan.ts";

/** Options of a build (defaults: content/ into _site/, no prefix, a production build). */
export interface EleventyRunOptions {
  /** Content folder: articles, _data/site.json (default: "content"). */
  content?: string;
  /** Output folder (default: "_site"). */
  output?: string;
  /** Path prefix for hosting under a sub-path, like "/digest/" (default: "/"). */
  pathPrefix?: string;
  /** "build" leaves drafts out; "serve" and "watch" keep them (default: "build"). */
  runMode?: "build" | "serve" | "watch";
  /** Port of the dev server (default: 8080). */
  port?: number;
  /** Hide Eleventy's per-file log lines (default: true). */
  quiet?: boolean;
}

const CHILD = fileURLToPath(new URL("./eleventy-process.ts", import.meta.url));
/** tsx's loader, by URL, so that the child runs TypeScript whatever its working directory. */
const TSX = import.meta.resolve("tsx/esm");

/**
 * Runs one Eleventy build in a child process (Node's heap limit as this process's), which writes the search
 * index's plan to `planFile` instead of building it; fills in this process's tally from the child's and takes
 * its exit code (1: some input had problems, listed by the child). Rejects when Eleventy failed.
 */
function buildInChild(message: EleventyBuildMessage, planFile: string): Promise<void> {
  const heap = process.execArgv.filter((arg) => arg.startsWith("--max-old-space-size"));
  const child = fork(CHILD, [], { execArgv: [...heap, "--import", TSX], env: { ...process.env, BROADSHEET_SEARCH_PLAN: planFile }, stdio: "inherit" });
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  for (const signal of signals) process.on(signal, stop);
  let answer: EleventyBuildAnswer = {};
  return new Promise<void>((resolve, reject) => {
    child.on("message", (received: EleventyBuildAnswer) => (answer = received));
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      for (const name of signals) process.off(name, stop);
      if (answer.error) return reject(new Error(answer.error));
      if (!answer.tally) return reject(new Error(`the Eleventy build ended without finishing (${signal ?? `exit code ${code}`})`));
      Object.assign(buildTally, answer.tally);
      if (code) process.exitCode = code;
      resolve();
    });
    child.send(message);
  });
}

/**
 * Builds the site once, or builds and then watches and serves it until the process is stopped. A build holds
 * the output folder's lock (a second build into the same folder waits for it) and writes into a hidden
 * sibling folder that replaces the output only when complete, so a killed build leaves the old site whole.
 * A build draws the pages in a child process and builds the search index after it has ended, so that the two
 * never hold their memory at once; the dev server runs Eleventy here and indexes in the background.
 */
export async function runEleventy(options: EleventyRunOptions = {}): Promise<void> {
  const runMode = options.runMode ?? "build";
  const output = options.output ?? "_site";
  if (runMode === "build") {
    await withFolderLock("build", output, {}, () =>
      replaceFolder(output, async (building) => {
        const planFile = join(".cache", `search-plan-${process.pid}-${randomBytes(4).toString("hex")}.json`);
        try {
          await buildInChild({ content: options.content ?? "content", output: building, pathPrefix: options.pathPrefix, quiet: options.quiet ?? true }, planFile);
          const problems = await indexSearchPlan(planFile, readSiteSettings(options.content ?? "content").searchIndexMemoryMb);
          for (const problem of problems) console.error(`[broadsheet] ${problem.message}`);
          if (problems.length) process.exitCode = 1;
        } finally {
          await rm(planFile, { force: true });
        }
      }),
    );
    return;
  }
  // Loaded only here: a build runs Eleventy in a child process, and this process stays small while it indexes.
  const { default: Eleventy } = await import("@11ty/eleventy");
  const create = (folder: string) =>
    new Eleventy(options.content ?? "content", folder, {
      configPath: "eleventy.config.ts",
      // As from Eleventy's own CLI: the folders given here win over the defaults in eleventy.config.ts.
      source: "cli",
      pathPrefix: options.pathPrefix,
      quietMode: options.quiet ?? true,
      runMode,
    });
  // The dev server rewrites files in place as they change: it holds the lock for as long as it runs.
  await acquireLock(lockPathFor("build", output), { purpose: `${runMode} into ${output}` });
  const eleventy = create(output);
  await eleventy.init();
  // A change redraws the pages that depend on it (the changed article, and every page that lists stories), not
  // all of them. Until the next full build, other articles keep their related stories and name links as they were.
  eleventy.setIncrementalBuild(true);
  await eleventy.watch();
  if (runMode === "serve") await eleventy.serve(options.port ?? 8080);
}
