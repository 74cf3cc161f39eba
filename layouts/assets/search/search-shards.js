// The search index's shards as one index: the newest is Pagefind's own bundle, older ones are merged into it.

/**
 * Merges the older shards listed in `pagefind/shards.json` into `pagefind` (the newest shard's API module) and
 * returns every shard's name, newest first. Each shard gets a hidden "shard" filter, so that a search sorted by date
 * can ask the shards one at a time. A bundle without the list (an older build) is one shard.
 */
export async function mergeShards(pagefind, root) {
  const bundle = new URL("pagefind/", root);
  const response = await fetch(new URL("shards.json", bundle)).catch(() => undefined);
  if (!response?.ok) return [];
  const list = await response.json();
  await pagefind.options({ mergeFilter: { shard: list.primary } });
  await Promise.all(list.shards.map((shard) => pagefind.mergeIndex(new URL(shard.path, bundle).pathname, { mergeFilter: { shard: shard.name } })));
  return [list.primary, ...list.shards.map((shard) => shard.name)];
}

/** Adds the counts of `from` (value → count, by filter) into `into`, leaving out the hidden "shard" filter. */
function addCounts(into, from) {
  for (const [name, values] of Object.entries(from ?? {})) {
    if (name === "shard") continue;
    into[name] ??= {};
    for (const [value, count] of Object.entries(values)) into[name][value] = (into[name][value] ?? 0) + count;
  }
  return into;
}

/**
 * Searches all shards. Pagefind merges shards by relevance score, which is right for a search by relevance; sorted
 * by date, a score is only a place within its own shard, so each shard is searched on its own (shards are whole
 * months, oldest to newest) and the results are put end to end: newest shard first for "desc", oldest for "asc".
 */
export async function searchShards(pagefind, shards, term, options) {
  const direction = options.sort && Object.values(options.sort)[0];
  if (shards.length < 2 || !direction) return pagefind.search(term, options);
  const order = direction === "asc" ? [...shards].reverse() : shards;
  const responses = await Promise.all(order.map((shard) => pagefind.search(term, { ...options, filters: { ...options.filters, shard } })));
  return {
    results: responses.flatMap((response) => response.results),
    unfilteredResultCount: responses[0].unfilteredResultCount,
    filters: responses.reduce((counts, response) => addCounts(counts, response.filters), {}),
    // Counts without the filters: every shard's search gives the same, the shard filter being one of those left out.
    totalFilters: addCounts({}, responses[0].totalFilters),
  };
}
