// Reads input files into articles on worker threads while the import plans and writes them in order.
import type { Worker } from "node:worker_threads";
import { startTsWorker } from "../util/start-ts-worker.ts";
import type { CompleteOptions } from "./complete-article.ts";
import { parseInput, type ParsedInput } from "./parse-input.ts";
import type { ParseJob, ParseReply } from "./parse-worker.ts";
import type { InputFile } from "./read-input.ts";

const WORKER_URL = new URL("./parse-worker.ts", import.meta.url).href;

/**
 * Inputs to read before worker threads pay for themselves (default: 200): a worker takes about a second to load
 * the formats and the language models, and an import of a few files is done sooner in the process itself.
 */
export const PARSE_IN_WORKERS_FROM = 200;

/** Reads inputs into articles on `threads` worker threads. */
export class ParsePool {
  private readonly workers: { worker: Worker; pending: Map<number, (parsed: ParsedInput | undefined) => void> }[] = [];
  private next = 0;
  /** What completing an article needs of the import's options: all a worker is sent. */
  private readonly options: CompleteOptions;

  constructor(options: CompleteOptions, threads: number) {
    this.options = { zone: options.zone, ...(options.date ? { date: options.date } : {}) };
    for (let i = 0; i < threads; i++) this.start();
  }

  /**
   * The articles of `file`, read on the least busy worker. Should a worker fail to start or die, its files are
   * read in this process instead: the same result, only slower.
   */
  async parse(file: InputFile, path: string): Promise<ParsedInput> {
    const { options } = this;
    const least = this.workers.reduce<(typeof this.workers)[number] | undefined>(
      (best, entry) => (!best || entry.pending.size < best.pending.size ? entry : best),
      undefined,
    );
    if (!least) return parseInput(file, path, options);
    const id = this.next++;
    const parsed = await new Promise<ParsedInput | undefined>((resolve) => {
      least.pending.set(id, resolve);
      least.worker.postMessage({ id, file, path, options } satisfies ParseJob);
    });
    return parsed ?? parseInput(file, path, options);
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }

  private start(): void {
    const entry = { worker: startTsWorker(WORKER_URL), pending: new Map<number, (parsed?: ParsedInput) => void>() };
    const fail = (): void => {
      const at = this.workers.indexOf(entry);
      if (at >= 0) this.workers.splice(at, 1);
      for (const resolve of entry.pending.values()) resolve(undefined);
      entry.pending.clear();
      void entry.worker.terminate();
    };
    entry.worker.on("message", ({ id, parsed }: ParseReply) => {
      entry.pending.get(id)?.(parsed);
      entry.pending.delete(id);
    });
    entry.worker.on("error", fail);
    entry.worker.on("exit", fail);
    this.workers.push(entry);
  }
}
