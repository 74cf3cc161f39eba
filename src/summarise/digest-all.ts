// Digests many articles, reusing cached digests, so an unchanged article is never summarised twice.
import { SummaryError } from "../errors.ts";
import type { Digest, SummaryInput, SummaryOptions } from "../types.ts";
import { cacheKey, DEFAULT_CACHE_DIR, readCached, writeCached } from "./cache.ts";
import { digestArticle } from "./digest-article.ts";

export interface DigestAllOptions extends SummaryOptions {
  /** Where cached digests live (default: ".cache/summaries"). */
  cacheDir?: string;
}

export interface DigestAllResult {
  /** Digests by the caller's key, for every article that could be digested. */
  digests: Map<string, Digest>;
  /** Articles served from the cache. */
  hits: number;
  /** Articles digested afresh. */
  misses: number;
  /** One error per article that could not be digested, naming its key. */
  errors: SummaryError[];
}

/**
 * Digests articles by key. Each is looked up in the cache first (keyed by content,
 * options and summariser version); misses are digested and written back. A bad
 * article becomes an entry in `errors` and the others go on.
 */
export async function digestAll(
  inputs: { key: string; input: SummaryInput }[],
  options: DigestAllOptions = {},
): Promise<DigestAllResult> {
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const summaryOptions: SummaryOptions = { sentences: options.sentences };
  const result: DigestAllResult = { digests: new Map(), hits: 0, misses: 0, errors: [] };
  for (const { key, input } of inputs) {
    if (typeof input?.text !== "string" || (input.title !== undefined && typeof input.title !== "string")) {
      result.errors.push(new SummaryError("article has no text to summarise (text must be a string)", { path: key }));
      continue;
    }
    const hash = cacheKey(input, summaryOptions);
    const cached = await readCached(cacheDir, hash);
    if (cached) {
      result.hits++;
      result.digests.set(key, cached);
      continue;
    }
    result.misses++;
    let digest: Digest;
    try {
      digest = digestArticle(input, summaryOptions);
    } catch (cause) {
      result.errors.push(new SummaryError(`could not summarise: ${cause instanceof Error ? cause.message : String(cause)}`, { path: key, cause }));
      continue;
    }
    result.digests.set(key, digest);
    try {
      await writeCached(cacheDir, hash, digest);
    } catch (cause) {
      // The digest is still good; only the next run loses time. Say so rather than fail the build.
      result.errors.push(new SummaryError(`digest not cached in ${cacheDir}: ${cause instanceof Error ? cause.message : String(cause)}`, { path: key, cause }));
    }
  }
  return result;
}
