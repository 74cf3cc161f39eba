// The search page: runs the search the URL describes and the one the reader types, and draws results, count and filters.
import { describeFilters, fillFilterMenus, selectFilterValues } from "./filter-options.js";
import { bindSearchKeys } from "./keyboard.js";
import { renderResult } from "./render-result.js";
import { oneIndex, openShards, searchShards } from "./search-shards.js";
import { FILTER_NAMES, hasFilters, readState, searchOptions, writeState } from "./url-state.js";

/** Results drawn at a time; each downloads its own fragment, so a query loads only what it shows (default: 10). */
const PAGE_SIZE = 10;
/**
 * Keystrokes closer together than this are one burst of typing, searched when it pauses, in ms (default: 100). The
 * first keystroke after a pause (or a paste) searches at once; a wait on every query would count in full against the
 * time from typing to results (its budget is in the README).
 */
const TYPING_PAUSE = 100;
/**
 * Shortest query searched or preloaded without a pause (default: 3). Pagefind loads an index chunk for each prefix
 * typed ("p", "pr", "pre" are three), and one or two letters match thousands of stories: not worth
 * either while the reader goes on typing. Shorter queries ("UN") are searched after the pause.
 */
const MIN_INSTANT_LENGTH = 3;
/** Words of article text around the matches in an excerpt (Pagefind's default: 30). */
const EXCERPT_WORDS = 26;

/** The page's elements, by id. */
function findElements() {
  const byId = (id) => document.getElementById(id);
  return {
    form: byId("search-form"),
    input: byId("search-q"),
    sort: byId("search-sort"),
    panel: byId("search-filters"),
    clear: byId("search-clear"),
    status: byId("search-status"),
    list: byId("search-results"),
    more: byId("search-more"),
    older: byId("search-older"),
    empty: byId("search-empty"),
    emptyFilters: byId("search-empty-filters"),
    emptyClear: byId("search-empty-clear"),
  };
}

/**
 * "23 results for “Kabul”", "1 story · Topic: Politics", "40 results for “Kabul” in stories since May 2025" (`since`:
 * the month the stories searched begin with, when older ones were not searched): what the live region says.
 */
function countText(count, state, filtersText, since) {
  const noun = state.q ? (count === 1 ? "result" : "results") : count === 1 ? "story" : "stories";
  const head = count === 0 ? `No ${state.q ? "results" : "stories"}` : `${count} ${noun}`;
  const words = state.q ? ` for “${state.q}”` : "";
  return `${head}${words}${since ? ` in stories since ${since}` : ""}${filtersText ? ` · ${filtersText}` : ""}`;
}

/** "2025-05" → "May 2025", in the page's language. */
function monthName(month, language) {
  const [year, number] = month.split("-").map(Number);
  return new Date(Date.UTC(year, number - 1, 1)).toLocaleDateString(language, {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** Starts the page with Pagefind's API module; `root` is the site's root URL (with any path prefix). */
export async function startSearchPage(pagefind, root) {
  const el = findElements();
  const language = document.documentElement.lang || undefined;
  const pageTitle = document.title;
  // No web worker: it would download a second copy of Pagefind's code to keep a short search off the main thread.
  await pagefind.options({ baseUrl: root.pathname, excerptLength: EXCERPT_WORDS, noWorker: true });
  // The shards merged so far: a large archive's older ones join only when a search needs them (search-shards.js).
  let archive = oneIndex();
  const ready = pagefind.init().then(async () => {
    archive = await openShards(pagefind, root);
  });

  let state = readState(location.search);
  let results = [];
  let run = 0;
  let timer;
  let filtersLoaded = false;
  let warmed = false;

  const formState = () => ({
    q: el.input.value.trim(),
    filters: Object.fromEntries(
      FILTER_NAMES.map((name) => [name, el.form.querySelector(`select[data-filter="${name}"]`).value]).filter(
        ([, v]) => v,
      ),
    ),
    sort: el.sort.value,
  });

  function showState(next) {
    el.input.value = next.q;
    selectFilterValues(el.form, next.filters, language);
    el.sort.value = next.sort;
    el.clear.hidden = !hasFilters(next);
    if (hasFilters(next)) el.panel.open = true;
  }

  /**
   * Puts the state in the address bar. A new search (the first pause in typing, a filter, a sort) adds a history entry,
   * so Back returns to the search before; further typing replaces that entry instead of adding one per word.
   */
  let typing = false;
  function saveState(next, push) {
    const url = location.pathname + writeState(next);
    if (url !== location.pathname + location.search) history[push ? "pushState" : "replaceState"](null, "", url);
    document.title = next.q ? `${next.q} · ${pageTitle}` : pageTitle;
  }

  /**
   * Draws up to a page of results from `from` on (replacing the list when 0). Their fragments load in parallel and each
   * result is drawn as soon as it and those above it are in, so the first shows without waiting for the slowest of ten
   * requests; `onFirst` runs once the first is drawn (at once when there is none).
   */
  async function drawPage(from, runId, onFirst = () => {}) {
    const loads = results.slice(from, from + PAGE_SIZE).map((result) => result.data());
    // A newer search may leave these unawaited: a failed fragment must not surface as an unhandled rejection then.
    for (const load of loads) load.catch(() => {});
    const items = [];
    // "More results" would count a half-drawn page: it shows again once this page is complete.
    if (from === 0) el.more.hidden = true;
    if (from === 0 && !loads.length) el.list.replaceChildren();
    if (!loads.length) onFirst();
    for (const load of loads) {
      const data = await load;
      if (runId !== run) return [];
      const item = renderResult(data, `result-${from + items.length + 1}`);
      if (from === 0 && !items.length) el.list.replaceChildren(item);
      else el.list.append(item);
      items.push(item);
      if (items.length === 1) onFirst();
    }
    el.more.hidden = from + items.length >= results.length;
    return items;
  }

  async function search(next) {
    const runId = ++run;
    clearTimeout(timer);
    state = next;
    el.clear.hidden = !hasFilters(next);
    if (!next.q && !hasFilters(next)) {
      results = [];
      el.list.replaceChildren();
      el.more.hidden = el.empty.hidden = el.older.hidden = true;
      el.status.textContent = "";
      return;
    }
    warmed = true;
    // Busy until the whole page is drawn; dimmed only while the previous search's results are still the ones shown.
    el.list.setAttribute("aria-busy", "true");
    el.list.classList.add("is-stale");
    await ready;
    // The newest stories first; the whole archive when a filter or the oldest-first order asks for it, or once the
    // filters' counts are shown (they count every story).
    if (!archive.complete && (hasFilters(next) || next.sort === "oldest" || filtersLoaded)) await archive.mergeAll();
    let response = await searchShards(pagefind, archive.shards, next.q || null, searchOptions(next));
    // Few results among the newest stories: the older ones are searched too before the count is said.
    if (!archive.complete && response.results.length < PAGE_SIZE) {
      await archive.mergeAll();
      if (runId !== run) return;
      response = await searchShards(pagefind, archive.shards, next.q || null, searchOptions(next));
    }
    if (runId !== run) return;
    results = response.results;
    await drawPage(0, runId, () => {
      el.list.classList.remove("is-stale");
      el.empty.hidden = results.length > 0;
      el.emptyFilters.hidden = !hasFilters(next);
      const since = archive.complete ? "" : monthName(archive.since, language);
      el.status.textContent = countText(results.length, next, describeFilters(el.form, next.filters, language), since);
      el.older.hidden = archive.complete;
    });
    if (runId !== run) return;
    el.list.removeAttribute("aria-busy");
    if (filtersLoaded) {
      // A chosen filter lists its values as if it were not set (the search's total counts), so another can be picked.
      const counts = Object.fromEntries(
        FILTER_NAMES.map((name) => [name, (next.filters[name] ? response.totalFilters : response.filters)?.[name]]),
      );
      fillFilterMenus(el.form, counts, next.filters, language);
    }
  }

  /** Filter values and counts need every filter's index: fetched only when the reader opens the filters. */
  async function loadFilters() {
    if (filtersLoaded) return;
    filtersLoaded = true;
    await ready;
    const all = await pagefind.filters();
    if (state.q || hasFilters(state)) await search(state);
    else fillFilterMenus(el.form, all, state.filters, language);
  }

  /** A search that could not run (an index file did not load): said in the status line, the list no longer dimmed. */
  const searchFailed = (error) => {
    el.list.removeAttribute("aria-busy");
    el.list.classList.remove("is-stale");
    el.status.textContent = "The search could not be run: part of the index did not load. Try again.";
    console.error("Search failed:", error);
  };

  /** Runs the form's search for `cause` ("typing", "submit" or "filter": a filter or sort always adds an entry). */
  const searchNow = (cause) => {
    const next = formState();
    saveState(next, cause === "filter" || !typing);
    typing = cause === "typing";
    search(next).catch(searchFailed);
  };

  let lastInput = -Infinity;
  el.input.addEventListener("input", (event) => {
    const pausedBefore = event.timeStamp - lastInput >= TYPING_PAUSE;
    lastInput = event.timeStamp;
    const next = formState();
    clearTimeout(timer);
    const long = next.q.length >= MIN_INSTANT_LENGTH;
    // Emptying the box clears the results at once too; with filters set that is a search of its own.
    if (pausedBefore && (long || !next.q)) {
      searchNow("typing");
      return;
    }
    if (long) pagefind.preload(next.q, searchOptions(next));
    timer = setTimeout(() => searchNow("typing"), TYPING_PAUSE);
  });
  el.form.addEventListener("submit", (event) => {
    event.preventDefault();
    searchNow("submit");
  });
  el.form.addEventListener("change", (event) => {
    if (event.target instanceof HTMLSelectElement) searchNow("filter");
  });
  const clearFilters = () => {
    selectFilterValues(el.form, {}, language);
    searchNow("filter");
    el.input.focus();
  };
  el.clear.addEventListener("click", clearFilters);
  el.emptyClear.addEventListener("click", clearFilters);
  el.panel.addEventListener("toggle", () => {
    if (el.panel.open) loadFilters().catch(searchFailed);
  });
  // A click while the next page is still loading is the same request: the page is added once.
  let loadingMore = false;
  el.more.addEventListener("click", async () => {
    if (loadingMore) return;
    loadingMore = true;
    const from = el.list.children.length;
    try {
      await drawPage(from, run, () => el.list.children[from]?.querySelector("a")?.focus());
    } finally {
      loadingMore = false;
    }
  });
  // The older stories of a large archive, asked for: the same search through every shard.
  el.older.addEventListener("click", () => {
    el.older.hidden = true;
    archive
      .mergeAll()
      .then(() => search(state))
      .catch(searchFailed);
  });
  window.addEventListener("popstate", () => {
    typing = false;
    showState(readState(location.search));
    search(readState(location.search)).catch(searchFailed);
  });
  bindSearchKeys(el.input, el.list);

  el.form.hidden = false;
  showState(state);
  if (!state.q) el.input.focus();
  saveState(state, false);
  await search(state);
  (window.requestIdleCallback ?? setTimeout)(warmUp);

  /**
   * Pagefind's first search runs its WebAssembly cold, several times slower than later ones. So once the page is
   * idle, unless the reader has searched already, one search for every story (no words, no filters: it downloads
   * nothing) runs the code a first query needs and leaves it compiled.
   */
  function warmUp() {
    if (warmed) return;
    warmed = true;
    pagefind.search(null).catch(() => {});
  }
}
