// The stories' text vectors made in a worker thread, so that the thread that asks for them goes on meanwhile; the
// worker then compares part of the stories with them.
import type { Worker } from "node:worker_threads";
import { startTsWorker } from "../util/start-ts-worker.ts";
import type { Comparison, Compared } from "./compare-stories.ts";
import { type TextVector, textVectors, type VectorText } from "./text-vectors.ts";
import type { CompareJob } from "./text-vectors-worker.ts";

const WORKER_URL = new URL("./text-vectors-worker.ts", import.meta.url).href;

/** Text vectors being made, and the worker that makes them, which can then compare a run of the stories. */
export interface MadeVectors {
  vectors: Promise<TextVector[]>;
  /**
   * `compareStories` of the stories `from` to `to` in the worker, with the vectors it made as the texts; rejects when
   * there is no worker (the vectors were made here) or it fails.
   */
  compare(comparison: Omit<Comparison, "texts">, from: number, to: number): Promise<Compared>;
  /** Ends the worker; call once done with it. */
  end(): void;
}

/**
 * The worker's next message, or its failure. The worker keeps the process alive only while an answer is awaited: a
 * build that failed before ending it does not hang on it.
 */
function answer<T>(worker: Worker): Promise<T> {
  worker.ref();
  return new Promise<T>((resolve, reject) => {
    const onError = (error: Error) => done(() => reject(error));
    const onExit = (code: number) => done(() => reject(new Error(`the worker exited with code ${code}`)));
    const onMessage = (message: T) => done(() => resolve(message));
    const done = (then: () => void) => {
      worker.off("error", onError).off("exit", onExit).off("message", onMessage);
      worker.unref();
      then();
    };
    worker.once("error", onError).once("exit", onExit).once("message", onMessage);
  });
}

/**
 * `textVectors` in a worker thread (with nothing kept: what the dev server keeps lives in its own thread), which
 * stays to compare stories once asked (`compare`) until `end`. Made in this thread when no worker can make them.
 */
export function textVectorsInWorker(texts: VectorText[], options: { maxDf?: number } = {}): MadeVectors {
  let worker: Worker | undefined;
  try {
    worker = startTsWorker(WORKER_URL);
  } catch {
    worker = undefined;
  }
  const here = () => textVectors(texts, options);
  if (!worker) {
    return {
      vectors: Promise.resolve().then(here),
      compare: () => Promise.reject(new Error("no worker thread")),
      end: () => {},
    };
  }
  const started = worker;
  const made = answer<TextVector[]>(started);
  started.postMessage({ texts, maxDf: options.maxDf });
  let failed = false;
  const vectors = made.catch(() => {
    failed = true;
    return here();
  });
  return {
    vectors,
    compare(comparison, from, to) {
      if (failed) return Promise.reject(new Error("the worker failed"));
      const compared = answer<Compared>(started);
      started.postMessage({ comparison, from, to } satisfies CompareJob);
      return compared;
    },
    end: () => void started.terminate(),
  };
}
