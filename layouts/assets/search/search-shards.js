// The search index's shards as one index: the newest is Pagefind's own bundle, older ones are merged into it as needed.

/** An index of one bundle, whole from the start: a site without shards, or the page before the shards are opened. */
export const oneIndex = () => ({ shards: [], complete: true, since: "", mergeAll: async () => {} });

/**
 * The search index's shards, newest first, merged into `pagefind` (the newest shard's API module) as far as a search
 * needs them. `pagefind/shards.json` lists the older shards with their stories; those holding the newest
 * `firstStories` stories are merged at once, the rest only when `mergeAll()` is called (a large archive's first query
 * then downloads only the newest shards' part of the index). Each shard gets a hidden "shard" filter, so that a search
 * sorted by date can ask the shards one at a time. A bundle without the list (an older build) is one shard with
 * Pagefind's own sort: `shards` is empty then.
 */
export async function openShards(pagefind, root) {
  const bundle = new URL("pagefind/", root);
  const response = await fetch(new URL("shards.json", bundle)).catch(() => undefined);
  const archive = oneIndex();
  if (!response?.ok) return archive;
  const list = await response.json();
  await pagefind.options({ mergeFilter: { shard: list.primary } });
  archive.shards.push({ name: list.primary, order: new URL("date-order.txt", bundle).href });
  const merge = (shards) =>
    Promise.all(
      shards.map(async (shard) => {
        await pagefind.mergeIndex(new URL(shard.path, bundle).pathname, { mergeFilter: { shard: shard.name } });
        return { name: shard.name, order: new URL(`${shard.path}date-order.txt`, bundle).href };
      }),
    );
  // Older shards newest first, until they hold the stories a first search looks through (every one in a list without a count).
  let stories = list.stories ?? 0;
  let first = 0;
  while (first < list.shards.length && !(stories >= list.firstStories)) stories += list.shards[first++].stories;
  archive.shards.push(...(await merge(list.shards.slice(0, first))));
  const rest = list.shards.slice(first);
  archive.complete = rest.length === 0;
  archive.since = archive.shards.at(-1).name;
  let merging;
  archive.mergeAll = () => {
    // Once: merging a shard twice would show its results twice (a shard that failed to load fails every search
    // that needs it, as Pagefind's own index would, until the page is loaded again).
    merging ??= merge(rest).then((merged) => {
      archive.shards.push(...merged);
      archive.complete = true;
      archive.since = archive.shards.at(-1).name;
    });
    return merging;
  };
  return archive;
}

/** Each shard's date order, fetched once, the first time a search sorted by date has results in it: page id → rank. */
const orders = new Map();
function loadOrder(url) {
  if (!orders.has(url)) {
    const load = fetch(url)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${url}: ${response.status}`))))
      .then(
        (text) =>
          new Map(
            text
              .split("\n")
              .filter(Boolean)
              .map((id, rank) => [id, rank]),
          ),
      );
    // A failed load is tried again by the next search rather than remembered.
    load.catch(() => orders.delete(url));
    orders.set(url, load);
  }
  return orders.get(url);
}

/** A result's place in its shard's date order ("en_a1b2c3d" is listed as "a1b2c3d"); -1 when not listed. */
const rankOf = (ranks, id) => ranks.get(id.slice(id.indexOf("_") + 1)) ?? -1;

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
 * Searches all shards. Pagefind merges shards by relevance score, which is right for a search by relevance. Sorted
 * by date ({ date: "desc" } or "asc"), each shard is searched on its own (shards are whole months, oldest to newest),
 * its results put in date order from its date-order.txt (Pagefind's own sort data would be in the metadata every
 * query downloads), and the shards put end to end: newest first for "desc", oldest for "asc".
 */
export async function searchShards(pagefind, shards, term, options) {
  const { sort, ...rest } = options;
  const direction = sort && Object.values(sort)[0];
  if (!direction) return pagefind.search(term, rest);
  if (!shards.length) return pagefind.search(term, options);
  const order = direction === "asc" ? [...shards].reverse() : shards;
  const sign = direction === "asc" ? 1 : -1;
  const responses = await Promise.all(
    order.map(async (shard) => {
      const filters = shards.length > 1 ? { ...rest.filters, shard: shard.name } : rest.filters;
      const response = await pagefind.search(term, { ...rest, filters });
      if (!response.results.length) return response;
      const ranks = await loadOrder(shard.order);
      return {
        ...response,
        results: [...response.results].sort((a, b) => sign * (rankOf(ranks, a.id) - rankOf(ranks, b.id))),
      };
    }),
  );
  return {
    results: responses.flatMap((response) => response.results),
    unfilteredResultCount: responses[0].unfilteredResultCount,
    filters: responses.reduce((counts, response) => addCounts(counts, response.filters), {}),
    // Counts without the filters: every shard's search gives the same, the shard filter being one of those left out.
    totalFilters: addCounts({}, responses[0].totalFilters),
  };
}
