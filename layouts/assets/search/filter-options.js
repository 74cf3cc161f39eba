// Fills the filter menus with the values Pagefind knows and how many results each would give; months read as "September 2025".
import { FILTER_NAMES } from "./url-state.js";

/** "2025-09" as "September 2025" in the page's language; any other value as it is. */
export function filterLabel(name, value, language) {
  const month = name === "month" ? /^(\d{4})-(\d{2})$/.exec(value) : null;
  if (!month) return value;
  const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
  return new Intl.DateTimeFormat(language, { month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

/** Values in the order a reader looks for them: months newest first, the rest by count, then alphabetically. */
function orderValues(name, counts) {
  const entries = Object.entries(counts);
  if (name === "month") return entries.sort(([a], [b]) => (a < b ? 1 : -1));
  return entries.sort(([a, ca], [b, cb]) => cb - ca || a.localeCompare(b));
}

/**
 * Rebuilds each filter's <select> (found by `data-filter`) from `counts` (`{ topic: { Politics: 12 } }`), keeping its
 * first "any" option and the selected value even when it has no results. Values with no results are left out so that
 * long lists (people, places) stay short. A filter missing from `counts` keeps its options.
 */
export function fillFilterMenus(form, counts, selected, language) {
  for (const name of FILTER_NAMES) {
    const select = form.querySelector(`select[data-filter="${name}"]`);
    const valueCounts = counts[name];
    if (!select || !valueCounts) continue;
    const options = [select.options[0]];
    const current = selected[name] ?? "";
    let hasCurrent = !current;
    for (const [value, count] of orderValues(name, valueCounts)) {
      if (count === 0 && value !== current) continue;
      hasCurrent ||= value === current;
      options.push(new Option(`${filterLabel(name, value, language)} (${count})`, value));
    }
    if (!hasCurrent) options.push(new Option(filterLabel(name, current, language), current));
    select.replaceChildren(...options);
    select.value = current;
  }
}

/** Makes sure each selected value is an option of its menu (before Pagefind's counts are known), and selects it. */
export function selectFilterValues(form, selected, language) {
  for (const name of FILTER_NAMES) {
    const select = form.querySelector(`select[data-filter="${name}"]`);
    if (!select) continue;
    const value = selected[name] ?? "";
    if (value && ![...select.options].some((option) => option.value === value)) {
      select.append(new Option(filterLabel(name, value, language), value));
    }
    select.value = value;
  }
}

/** "Topic: Politics, Month: September 2025" for the chosen filters, to say what the count is of. */
export function describeFilters(form, selected, language) {
  return FILTER_NAMES.filter((name) => selected[name])
    .map((name) => {
      const label =
        form.querySelector(`label[for="${form.querySelector(`select[data-filter="${name}"]`)?.id}"]`)?.textContent ??
        name;
      return `${label}: ${filterLabel(name, selected[name], language)}`;
    })
    .join(", ");
}
