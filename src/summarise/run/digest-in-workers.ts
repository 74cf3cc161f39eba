// Digests many articles across worker threads, one per core, in batches; says so when workers cannot start.
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { SummaryInput, SummaryOptions } from "../../model/types.ts";
import { startTsWorker } from "../../util/start-ts-worker.ts";
import type { DigestBatch, DigestBatchResult } from "./digest-worker.ts";

/** Articles per message to a worker (default: 25): big enough that messaging costs little, small enough to balance. */
export const BATCH_SIZE = 25;

const WORKER_URL = new URL("./digest-worker.ts", import.meta.url).href;

/** Starts a digest worker (TypeScript, so tsx's loader is registered first). */
const startWorker = () => startTsWorker(WORKER_URL);

/**
 * Digests `inputs` in `threads` workers (default: availableParallelism()). Resolves
 * with one result per input, in order. Rejects if a worker fails to start or dies,
 * so that the caller can fall back to digesting in-process. `onDone` hears how many
 * are digested after each batch (default: nobody).
 */
export async function digestInWorkers(
  inputs: SummaryInput[],
  options: SummaryOptions,
  threads = availableParallelism(),
  onDone: (done: number) => void = () => {},
): Promise<DigestBatchResult["results"]> {
  let done = 0;
  const results: DigestBatchResult["results"] = new Array(inputs.length);
  const batches: DigestBatch[] = [];
  for (let start = 0; start < inputs.length; start += BATCH_SIZE) {
    batches.push({
      items: inputs.slice(start, start + BATCH_SIZE).map((input, i) => ({ index: start + i, input })),
      options,
    });
  }
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: Math.max(1, Math.min(threads, batches.length)) }, async () => {
        const worker = startWorker();
        workers.push(worker);
        for (let batch = batches.shift(); batch; batch = batches.shift()) {
          const reply = await new Promise<DigestBatchResult>((resolve, reject) => {
            const onError = (error: Error): void => reject(error);
            const onExit = (code: number): void => reject(new Error(`digest worker exited with code ${code}`));
            worker.once("error", onError);
            worker.once("exit", onExit);
            worker.once("message", (message: DigestBatchResult) => {
              worker.off("error", onError);
              worker.off("exit", onExit);
              resolve(message);
            });
            worker.postMessage(batch);
          });
          for (const result of reply.results) results[result.index] = result;
          done += reply.results.length;
          onDone(done);
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
