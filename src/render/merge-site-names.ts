// Merges names across the whole site, after the per-story cache: a surname alone with the full name, a place's aliases.
import { PLACE_ALIASES } from "../summarise/names/gazetteer.ts";
import { isVariantOf } from "../summarise/names/merge-names.ts";

/** Each name as the site shows it, by the name a story gave (only names that change are listed). */
export interface SiteNames {
  people: Map<string, string>;
  places: Map<string, string>;
}

/** What the merge reads of a story. */
export interface NamedStory {
  people: string[];
  places: string[];
}

/**
 * How many times more stories the likeliest full name must have than the next before a shorter form is taken for
 * it (default: 2): "Smith" is not folded into "John Smith" when "Jane Smith" is named nearly as often.
 */
export const MIN_LEAD = 2;

const lower = (name: string) => name.normalize("NFKC").toLowerCase();

/** Stories naming each name. */
function countStories(lists: string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of lists) for (const name of new Set(list)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/**
 * People: a name that is a shorter form of longer ones ("Trump", "Donald Trump") joins the longer name in most
 * stories when it leads the others MIN_LEAD to one (and, for a word alone, is in as many stories); a group is shown under its full name in most stories.
 */
export function mergePeople(lists: string[][]): Map<string, string> {
  const counts = countStories(lists);
  const words = new Map([...counts.keys()].map((name) => [name, name.split(/\s+/)]));
  const bySurname = new Map<string, string[]>();
  for (const name of counts.keys()) {
    const surname = lower(words.get(name)!.at(-1)!);
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), name]);
  }
  const parent = new Map<string, string>();
  const root = (name: string): string => {
    let at = name;
    while (parent.has(at)) at = parent.get(at)!;
    return at;
  };
  // Longest names first, so that a short form meets the groups its longer forms already made.
  const order = [...counts.keys()].sort(
    (a, b) => words.get(b)!.length - words.get(a)!.length || counts.get(b)! - counts.get(a)! || a.localeCompare(b),
  );
  for (const name of order) {
    const own = words.get(name)!;
    const fuller = (bySurname.get(lower(own.at(-1)!)) ?? []).filter(
      (other) => other !== name && isVariantOf(own, words.get(other)!),
    );
    if (fuller.length === 0) continue;
    const groups = new Map<string, number>();
    for (const other of fuller) groups.set(root(other), (groups.get(root(other)) ?? 0) + counts.get(other)!);
    const ranked = [...groups.entries()].sort((a, b) => b[1] - a[1]);
    const [best, second] = ranked;
    if (second && best![1] < MIN_LEAD * second[1]) continue;
    // A word alone is folded only into a full name in as many stories: "Saint Francis" in one story is weak evidence
    // for "Francis" in four. Longer short forms ("Donald Trump" of "Donald J. Trump") share a given name already.
    if (own.length === 1 && best![1] < counts.get(name)!) continue;
    if (root(best![0]) !== root(name)) parent.set(root(name), root(best![0]));
  }
  const members = new Map<string, string[]>();
  for (const name of counts.keys()) members.set(root(name), [...(members.get(root(name)) ?? []), name]);
  const shown = new Map<string, string>();
  for (const group of members.values()) {
    if (group.length < 2) continue;
    // The full name most stories use; a longer form wins a tie ("Donald J. Trump" over "Donald Trump" at 3 each).
    const full = group.filter((name) => words.get(name)!.length > 1);
    const pool = full.length ? full : group;
    const best = pool.sort(
      (a, b) => counts.get(b)! - counts.get(a)! || words.get(b)!.length - words.get(a)!.length || a.localeCompare(b),
    )[0]!;
    for (const name of group) if (name !== best) shown.set(name, best);
  }
  return shown;
}

/** A place's usual name: "U.S." and "US" are "United States", and so is "United States of America" ("A of B", B an alias of A). */
function placeName(name: string): string {
  const key = (text: string) => lower(text).replace(/\./g, "").trim();
  const alias = PLACE_ALIASES.get(key(name));
  if (alias) return alias;
  const formal = /^(.+?) of (.+)$/.exec(name);
  if (formal && PLACE_ALIASES.get(key(formal[2]!)) === formal[1]) return formal[1]!;
  return name;
}

/** Places: aliases under the usual name, and spellings that differ in case ("MOSCOW") under the commonest. */
export function mergePlaces(lists: string[][]): Map<string, string> {
  const counts = countStories(lists.map((list) => list.map(placeName)));
  const commonest = new Map<string, string>();
  for (const [name, count] of counts) {
    const held = commonest.get(lower(name));
    if (!held || count > counts.get(held)! || (count === counts.get(held)! && name < held))
      commonest.set(lower(name), name);
  }
  const shown = new Map<string, string>();
  for (const name of new Set(lists.flat())) {
    const final = commonest.get(lower(placeName(name)))!;
    if (final !== name) shown.set(name, final);
  }
  return shown;
}

/** The site's names for every person and place the stories name. */
export function mergeSiteNames(stories: NamedStory[]): SiteNames {
  return {
    people: mergePeople(stories.map((story) => story.people)),
    places: mergePlaces(stories.map((story) => story.places)),
  };
}
