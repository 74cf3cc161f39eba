// A worker thread that makes the stories' text vectors while the main thread groups the stories (build-site-model.ts).
import { parentPort } from "node:worker_threads";
import { textVectors, type TextVectorOptions, type VectorText } from "./text-vectors.ts";

/** What the main thread sends: the texts and the options of `textVectors` (without `kept`, which stays there). */
export interface TextVectorJob {
  texts: VectorText[];
  maxDf?: number;
}

parentPort?.once("message", ({ texts, maxDf }: TextVectorJob) => {
  const options: TextVectorOptions = maxDf === undefined ? {} : { maxDf };
  const vectors = textVectors(texts, options);
  // The vectors' arrays are moved to the main thread, not copied (each has a buffer of its own).
  parentPort!.postMessage(
    vectors,
    vectors.flatMap(({ ids, weights }) => [ids.buffer as ArrayBuffer, weights.buffer as ArrayBuffer]),
  );
});
