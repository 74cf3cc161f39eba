// Digests many articles, reusing cached digests, so an unchanged article is never summarised twice.
import { availableParallelism } from "node:os";
import { SummaryError } from "../../errors.ts";
import type { Digest, SummaryInput, SummaryOptions } from "../../model/types.ts";
import { cacheKey, DEFAULT_CACHE_DIR, readCached, writeCached } from "./cache.ts";
import { digestArticle } from "./digest-article.ts";
import { digestInWorkers } from "./digest-in-workers.ts";

/** Cache misses from which digesting moves to worker threads (default: 500). */
export const PARALLEL_THRESHOLD = 500;
/**
 * Worker threads by default: one per core on machines with more than one. Nothing else runs in the build's process
 * while it summarises (the search index waits until the pages are drawn), so both cores of a small machine digest.
 */
export const DEFAULT_THREADS = availableParallelism();

export interface DigestAllOptions extends SummaryOptions {
  /** Where cached digests live (default: ".cache/summaries"). */
  cacheDir?: string;
  /**
   * Worker threads for many misses (default: DEFAULT_THREADS; 1 digests in-process).
   */
  threads?: number;
  /** Misses from which worker threads are used (default: PARALLEL_THRESHOLD, 500). */
  parallelThreshold?: number;
  /** Hears how many of the misses are digested, and of how many, as they are (default: nobody). */
  onProgress?: (done: number, total: number) => void;
}

export interface DigestAllResult {
  /** Digests by the caller's key, for every article that could be digested, in input order. */
  digests: Map<string, Digest>;
  /** Articles served from the cache. */
  hits: number;
  /** Articles digested afresh. */
  misses: number;
  /** Whether the misses were digested in worker threads (false: in this thread, or workers failed to start). */
  parallel: boolean;
  /** One error per article that could not be digested, naming its key. */
  errors: SummaryError[];
  /** The cache key of each article with a text, by the caller's key. */
  hashes: Map<string, string>;
}

type Outcome = { digest: Digest } | { error: string };

/** Digests the misses: in worker threads when there are many and more than one core, else here. */
async function digestMisses(
  inputs: SummaryInput[],
  options: SummaryOptions,
  threads: number,
  threshold: number,
  onProgress: (done: number, total: number) => void,
): Promise<{ outcomes: Outcome[]; parallel: boolean }> {
  const onDone = (done: number) => onProgress(done, inputs.length);
  if (inputs.length >= threshold && threads > 1) {
    try {
      return { outcomes: await digestInWorkers(inputs, options, threads, onDone), parallel: true };
    } catch {
      // Workers could not start or died (no tsx loader, a sandbox without threads): digest here instead.
    }
  }
  const outcomes = inputs.map((input, index): Outcome => {
    try {
      return { digest: digestArticle(input, options) };
    } catch (cause) {
      return { error: cause instanceof Error ? cause.message : String(cause) };
    } finally {
      onDone(index + 1);
    }
  });
  return { outcomes, parallel: false };
}

/**
 * Digests articles by key. Each is looked up in the cache first (keyed by content,
 * options and summariser version); misses are digested (across worker threads when
 * there are at least `parallelThreshold` of them) and written back. A bad article
 * becomes an entry in `errors` and the others go on.
 */
export async function digestAll(
  inputs: {
    key: string;
    input: SummaryInput;
    /** Its cache key when the caller already looked it up in the cache and found nothing (a read-ahead's miss). */
    missed?: string;
  }[],
  options: DigestAllOptions = {},
): Promise<DigestAllResult> {
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const summaryOptions: SummaryOptions = { sentences: options.sentences };
  const result: DigestAllResult = {
    digests: new Map(),
    hits: 0,
    misses: 0,
    parallel: false,
    errors: [],
    hashes: new Map(),
  };
  const found = new Map<string, Digest>();
  const valid: { key: string; input: SummaryInput; hash: string; missed: boolean }[] = [];
  for (const { key, input, missed } of inputs) {
    if (typeof input?.text !== "string" || (input.title !== undefined && typeof input.title !== "string")) {
      result.errors.push(new SummaryError("article has no text to summarise (text must be a string)", { path: key }));
      continue;
    }
    const hash = missed ?? cacheKey(input, summaryOptions);
    valid.push({ key, input, hash, missed: missed !== undefined });
    result.hashes.set(key, hash);
  }
  const misses: typeof valid = [];
  for (const item of valid) {
    const cached = item.missed ? undefined : readCached(cacheDir, item.hash);
    if (cached) found.set(item.key, cached);
    else misses.push(item);
  }
  result.hits = valid.length - misses.length;
  result.misses = misses.length;

  const { outcomes, parallel } = await digestMisses(
    misses.map((m) => m.input),
    summaryOptions,
    options.threads ?? DEFAULT_THREADS,
    options.parallelThreshold ?? PARALLEL_THRESHOLD,
    options.onProgress ?? (() => {}),
  );
  result.parallel = parallel;
  const toWrite: { key: string; hash: string; digest: Digest }[] = [];
  misses.forEach((miss, i) => {
    const outcome = outcomes[i]!;
    if ("digest" in outcome) {
      found.set(miss.key, outcome.digest);
      toWrite.push({ key: miss.key, hash: miss.hash, digest: outcome.digest });
    } else {
      result.errors.push(new SummaryError(`could not summarise: ${outcome.error}`, { path: miss.key }));
    }
  });
  for (const { key, hash, digest } of toWrite) {
    try {
      writeCached(cacheDir, hash, digest);
    } catch (cause) {
      // The digest is still good; only the next run loses time. Say so rather than fail the build.
      result.errors.push(
        new SummaryError(
          `digest not cached in ${cacheDir}: ${cause instanceof Error ? cause.message : String(cause)}`,
          { path: key, cause },
        ),
      );
    }
  }
  for (const { key } of valid) {
    const digest = found.get(key);
    if (digest) result.digests.set(key, digest);
  }
  return result;
}
