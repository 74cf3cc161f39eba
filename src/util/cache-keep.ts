// How long the build caches keep what no build used: search shards and digests alike.

/** A cache entry no build used this long is removed (default: 14 days): a desk that builds weekly keeps its own. */
export const CACHE_KEEP_MS = 14 * 86_400_000;
