// The search page's state (query, filters, sort) and how it is written in the page's URL: ?q=…&topic=…&sort=newest.

/** The filters a reader can set, in the order the page shows them; each is a Pagefind filter of the article pages. */
export const FILTER_NAMES = ["topic", "source", "place", "person", "month"];

/** Sort orders by their name in the URL; relevance (Pagefind's own order) has none. */
export const SORTS = { newest: { date: "desc" }, oldest: { date: "asc" } };

/** Reads `{ q, filters, sort }` from a query string such as `?q=Kabul&topic=Politics&sort=newest`. */
export function readState(search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  const sort = params.get("sort") ?? "";
  return { q: (params.get("q") ?? "").trim(), filters, sort: sort in SORTS ? sort : "" };
}

/** The query string for a state, in a stable order so that equal states give equal URLs ("" when empty). */
export function writeState(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const name of FILTER_NAMES) if (state.filters[name]) params.set(name, state.filters[name]);
  if (state.sort) params.set("sort", state.sort);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** True when the state sets at least one filter. */
export function hasFilters(state) {
  return FILTER_NAMES.some((name) => state.filters[name]);
}

/**
 * Pagefind's search options for a state. With no words (filters only) there is no relevance to sort by, so the
 * newest stories come first unless the reader asked for the oldest.
 */
export function searchOptions(state) {
  const sort = SORTS[state.sort] ?? (state.q ? undefined : SORTS.newest);
  return { filters: { ...state.filters }, ...(sort ? { sort } : {}) };
}
