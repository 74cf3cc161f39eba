// Runs a build (Eleventy in a child process, then the search index) or the dev server (Eleventy in this process).
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { resolveOptions } from "../model/broadsheet-options.ts";
import { buildTally } from "../util/build-log.ts";
import { acquireLock, lockPathFor, withFolderLock } from "../util/file-lock.ts";
import { forkTs } from "../util/fork-ts.ts";
import { replaceFolder } from "../util/replace-folder.ts";
import { createEleventy, type EleventyRunOptions } from "./draw-site.ts";
import type { EleventyBuildAnswer, EleventyBuildMessage } from "./eleventy-process.ts";
import { indexSearchPlan } from "./index-search-plan.ts";

export type { EleventyRunOptions } from "./draw-site.ts";

const CHILD = new URL("./eleventy-process.ts", import.meta.url).href;

/**
 * Draws the site `message` describes in a child process; fills in this process's tally from the child's and takes
 * its exit code (1: some input had problems, listed by the child). Rejects when Eleventy failed.
 */
function drawInChild(message: EleventyBuildMessage): Promise<void> {
  const child = forkTs(CHILD, { stdio: "inherit" });
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
      if (!answer.tally)
        return reject(new Error(`the Eleventy build ended without finishing (${signal ?? `exit code ${code}`})`));
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
  const content = options.content ?? "content";
  if (runMode === "build") {
    const { settings, searchCache } = resolveOptions({ ...options.plugin, content }, content);
    await withFolderLock("build", output, {}, () =>
      replaceFolder(output, async (building) => {
        const searchPlan = join(searchCache, `plan-${process.pid}-${randomBytes(4).toString("hex")}.json`);
        try {
          await drawInChild({ options: { ...options, plugin: { ...options.plugin, searchPlan } }, folder: building });
          const problems = await indexSearchPlan(searchPlan, settings.searchIndexMemoryMb);
          for (const problem of problems) console.error(`[broadsheet] ${problem.message}`);
          if (problems.length) process.exitCode = 1;
        } finally {
          await rm(searchPlan, { force: true });
        }
      }),
    );
    return;
  }
  // The dev server rewrites files in place as they change: it holds the lock for as long as it runs.
  await acquireLock(lockPathFor("build", output), { purpose: `${runMode} into ${output}` });
  const eleventy = createEleventy(options, output);
  await eleventy.init();
  // A change redraws the pages that depend on it, not all of them: after an edit to articles, the pages of the
  // stories whose page shows something new (the edited story, stories that list it as related) and every listing.
  eleventy.setIncrementalBuild(true);
  await eleventy.watch();
  if (runMode === "serve") await eleventy.serve(options.port ?? 8080);
}
