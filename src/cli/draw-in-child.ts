// The child process that draws a build's pages: started early, so that it loads Eleventy while this process imports.
import type { ChildProcess } from "node:child_process";
import { buildTally } from "../util/build-log.ts";
import type { BuildSignal } from "../util/build-signals.ts";
import { forkTs } from "../util/fork-ts.ts";
import type { BroadsheetOptions } from "../model/broadsheet-options.ts";
import type { EleventyBuildAnswer, EleventyBuildMessage, EleventyReadAheadMessage } from "./eleventy-process.ts";

const CHILD = new URL("./eleventy-process.ts", import.meta.url).href;

/**
 * Starts the process that will draw the pages. It loads Eleventy and the project's code (a few seconds) and then
 * waits for `drawInChild`'s message, so a build starts it before importing the inbox; it ends by itself if this
 * process ends first, or when killed because there is nothing to build.
 */
export function startDrawing(): ChildProcess {
  // With `gc` exposed, the child clears each run's garbage before the next (draw-site.ts).
  return forkTs(CHILD, { stdio: "inherit" }, ["--expose-gc"]);
}

/**
 * Has the drawing process read the articles of `content` and their cached digests while this one imports the inbox,
 * as the build with the `plugin` options will (summarise/read-articles-ahead.ts).
 */
export function readAheadInChild(child: ChildProcess, content: string, plugin: BroadsheetOptions): void {
  child.send({ readAhead: { content, plugin } } satisfies EleventyReadAheadMessage);
}

/**
 * Draws the site `message` describes in `child` (one `startDrawing` gives); fills in this process's
 * tally from the child's and takes its exit code (1: some input had problems, listed by the child). Rejects when
 * Eleventy failed. `onSignal` hears what the child tells while it draws (default: nobody).
 */
export function drawInChild(
  message: EleventyBuildMessage,
  child: ChildProcess,
  onSignal: (signal: BuildSignal) => void = () => {},
): Promise<void> {
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  for (const signal of signals) process.on(signal, stop);
  let answer: EleventyBuildAnswer = {};
  return new Promise<void>((resolve, reject) => {
    const ended = (code: number | null, signal: NodeJS.Signals | null) => {
      for (const name of signals) process.off(name, stop);
      if (answer.error) return reject(new Error(answer.error));
      if (!answer.tally)
        return reject(new Error(`the Eleventy build ended without finishing (${signal ?? `exit code ${code}`})`));
      Object.assign(buildTally, answer.tally);
      if (code) process.exitCode = code;
      resolve();
    };
    child.on("message", (received: EleventyBuildAnswer) => {
      if (received.signal) onSignal(received.signal);
      else answer = received;
    });
    child.once("error", reject);
    if (child.exitCode !== null || child.signalCode !== null) return ended(child.exitCode, child.signalCode);
    child.once("exit", ended);
    child.send(message);
  });
}
