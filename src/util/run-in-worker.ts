// Runs one job in a worker thread of this project's modules and gives its answer, or rejects when the worker fails.
import { startTsWorker } from "./start-ts-worker.ts";

/**
 * Starts a worker on `moduleUrl` (a `.ts` source URL, see start-ts-worker.ts), posts it `message` and resolves with
 * the first message it posts back; the worker is ended then. Rejects when the worker cannot start, throws, or exits
 * without answering, so that the caller can do the job in its own thread instead.
 */
export async function runInWorker<T>(moduleUrl: string, message: unknown): Promise<T> {
  const worker = startTsWorker(moduleUrl);
  try {
    return await new Promise<T>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.once("exit", (code) => reject(new Error(`the worker exited with code ${code} without answering`)));
      worker.postMessage(message);
    });
  } finally {
    void worker.terminate();
  }
}
