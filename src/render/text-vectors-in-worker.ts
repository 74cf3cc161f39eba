// The stories' text vectors made in a worker thread, so that the thread that asks for them goes on meanwhile.
import { runInWorker } from "../util/run-in-worker.ts";
import { type TextVector, textVectors, type VectorText } from "./text-vectors.ts";

const WORKER_URL = new URL("./text-vectors-worker.ts", import.meta.url).href;

/**
 * `textVectors` in a worker thread, so that the calling thread can go on with other work meanwhile (with nothing
 * kept: what the dev server keeps lives in its own thread). Made in this thread when no worker can make them.
 */
export async function textVectorsInWorker(
  texts: VectorText[],
  options: { maxDf?: number } = {},
): Promise<TextVector[]> {
  try {
    return await runInWorker<TextVector[]>(WORKER_URL, { texts, maxDf: options.maxDf });
  } catch {
    return textVectors(texts, options);
  }
}
