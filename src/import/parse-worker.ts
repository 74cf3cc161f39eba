// A worker thread that reads the articles out of input files for an import (parse-in-workers.ts).
import { parentPort } from "node:worker_threads";
import type { CompleteOptions } from "./complete-article.ts";
import { parseInput, type ParsedInput } from "./parse-input.ts";
import type { InputFile } from "./read-input.ts";

/** One file to read: its number in the pool, its text as read, its path and the import's options. */
export interface ParseJob {
  id: number;
  file: InputFile;
  path: string;
  options: CompleteOptions;
}

/** What the worker sends back for a job. */
export interface ParseReply {
  id: number;
  parsed: ParsedInput;
}

parentPort?.on("message", async (job: ParseJob) => {
  parentPort!.postMessage({
    id: job.id,
    parsed: await parseInput(job.file, job.path, job.options),
  } satisfies ParseReply);
});
