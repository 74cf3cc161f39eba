// A worker thread that digests batches of articles for digestAll (loaded with `--import tsx`).
import { parentPort } from "node:worker_threads";
import type { Digest, SummaryInput, SummaryOptions } from "../../model/types.ts";
import { digestArticle } from "./digest-article.ts";

/** A batch sent to a worker: articles by their index in the caller's list of misses. */
export interface DigestBatch {
  items: { index: number; input: SummaryInput }[];
  options: SummaryOptions;
}

/** What a worker sends back for a batch: a digest or an error message per index. */
export interface DigestBatchResult {
  results: ({ index: number; digest: Digest } | { index: number; error: string })[];
}

/** Digests a batch; a failing article becomes an error entry and the others go on. */
export function digestBatch(batch: DigestBatch): DigestBatchResult {
  return {
    results: batch.items.map(({ index, input }) => {
      try {
        return { index, digest: digestArticle(input, batch.options) };
      } catch (cause) {
        return { index, error: cause instanceof Error ? cause.message : String(cause) };
      }
    }),
  };
}

parentPort?.on("message", (batch: DigestBatch) => parentPort!.postMessage(digestBatch(batch)));
