// A worker thread that makes the stories' text vectors while the main thread groups the stories (build-site-model.ts),
// then compares a run of the stories with them while the main thread compares the rest (find-related.ts).
import { parentPort } from "node:worker_threads";
import { type Comparison, compareStories } from "./compare-stories.ts";
import { textVectors, type TextVectorOptions, type VectorText } from "./text-vectors.ts";

/** What the main thread sends first: the texts and the options of `textVectors` (without `kept`, which stays there). */
export interface TextVectorJob {
  texts: VectorText[];
  maxDf?: number;
}

/** What it may send next: the comparison of the stories (the texts are the vectors made here) and the run to compare. */
export interface CompareJob {
  comparison: Omit<Comparison, "texts">;
  from: number;
  to: number;
}

parentPort?.once("message", ({ texts, maxDf }: TextVectorJob) => {
  const options: TextVectorOptions = maxDf === undefined ? {} : { maxDf };
  const vectors = textVectors(texts, options);
  // Copied, not moved: this thread keeps them to compare its run of the stories.
  parentPort!.postMessage(vectors);
  parentPort!.once("message", ({ comparison, from, to }: CompareJob) => {
    parentPort!.postMessage(compareStories({ ...comparison, texts: vectors }, from, to));
  });
});
