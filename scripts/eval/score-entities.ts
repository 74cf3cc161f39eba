// Scores found names against names marked by hand, per article: a surname and the full name are one person, an acronym joins its full name.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const ENTITY_KINDS = ["people", "places", "organisations"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type Names = Record<EntityKind, string[]>;

/** One marked article: its text and, per kind, each entity as its forms joined by "|"; `ignore` is neither right nor wrong. */
export interface MarkedArticle {
  id: string;
  text: string;
  expected: Names & { ignore: string[] };
}

export interface Tally {
  found: number;
  right: number;
  marked: number;
  matched: number;
}

/** Lower case, no accents, no dots, one kind of apostrophe, no leading "the": "The U.S." and "us" are one form, "Bogota" and "Bogotá" too. */
const norm = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\./g, "")
    .replace(/^the /, "")
    .replace(/\s+/g, " ")
    .trim();
const wordsOf = (name: string): string[] =>
  norm(name)
    .split(/[\s,]+/)
    .filter(Boolean);
const initials = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!.toLowerCase())
    .join("");

/** True when `found` names the entity written as `form`, for the kind. */
function sameEntity(kind: EntityKind, found: string, form: string): boolean {
  if (norm(found) === norm(form)) return true;
  if (kind === "people") {
    const a = wordsOf(found);
    const b = wordsOf(form);
    // "Trump" and "Donald Trump", "Donald J. Trump" and "Donald Trump": same surname, and one is the surname alone or both start alike.
    return a.at(-1) === b.at(-1) && (a.length === 1 || b.length === 1 || a[0] === b[0]);
  }
  if (kind === "organisations") {
    const acronym = (short: string, long: string): boolean =>
      /^[\p{Lu}&.]{2,}$/u.test(short) && norm(short) === initials(long) && long.includes(" ");
    return acronym(found, form) || acronym(form, found);
  }
  return false;
}

/** Scores one article's found names of one kind against its marks. */
export function scoreKind(kind: EntityKind, found: string[], marked: string[], ignore: string[]): Tally {
  const entities = marked.map((m) => m.split("|"));
  const ignored = ignore.flatMap((m) => m.split("|"));
  const hit = new Set<number>();
  const wrong: string[] = [];
  for (const name of found) {
    const index = entities.findIndex((forms) => forms.some((form) => sameEntity(kind, name, form)));
    if (index >= 0) hit.add(index);
    else if (ignored.some((form) => norm(form) === norm(name))) continue;
    // Two wrong names that are one entity ("Trump", "Mr Trump") count once.
    else if (!wrong.some((w) => sameEntity(kind, name, w))) wrong.push(name);
  }
  return { found: hit.size + wrong.length, right: hit.size, marked: entities.length, matched: hit.size };
}

/** The wrong and the missed names of one kind, for reading. */
export function differences(
  kind: EntityKind,
  found: string[],
  marked: string[],
  ignore: string[],
): { wrong: string[]; missed: string[] } {
  const ignored = ignore.flatMap((m) => m.split("|"));
  const wrong = found.filter(
    (name) =>
      !marked.some((m) => m.split("|").some((form) => sameEntity(kind, name, form))) &&
      !ignored.some((f) => norm(f) === norm(name)),
  );
  const missed = marked.filter((m) => !found.some((name) => m.split("|").some((form) => sameEntity(kind, name, form))));
  return { wrong, missed };
}

/** Reads `dir/<case>/input.txt` and `dir/<case>/expected.json`, in name order. */
export function readMarkedSet(dir: string): MarkedArticle[] {
  if (!existsSync(dir)) throw new Error(`${dir}: not found; the marked names set lives in test/fixtures/entities`);
  return readdirSync(dir)
    .sort()
    .flatMap((id) => {
      const input = path.join(dir, id, "input.txt");
      const marks = path.join(dir, id, "expected.json");
      if (!existsSync(input) || !existsSync(marks)) return [];
      let expected: MarkedArticle["expected"];
      try {
        expected = JSON.parse(readFileSync(marks, "utf8")) as MarkedArticle["expected"];
      } catch (cause) {
        throw new Error(`${marks}: not valid JSON`, { cause });
      }
      return [{ id, text: readFileSync(input, "utf8"), expected: { ...expected, ignore: expected.ignore ?? [] } }];
    });
}

/** Precision, recall and F1 of summed tallies. */
export function rates(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.found ? t.right / t.found : 1;
  const recall = t.marked ? t.matched / t.marked : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Sums the tallies of every article per kind. */
export function scoreSet(articles: MarkedArticle[], found: Map<string, Names>): Record<EntityKind, Tally> {
  const totals = Object.fromEntries(
    ENTITY_KINDS.map((k) => [k, { found: 0, right: 0, marked: 0, matched: 0 }]),
  ) as Record<EntityKind, Tally>;
  for (const article of articles) {
    const names = found.get(article.id);
    for (const kind of ENTITY_KINDS) {
      const t = scoreKind(kind, names?.[kind] ?? [], article.expected[kind], article.expected.ignore);
      totals[kind].found += t.found;
      totals[kind].right += t.right;
      totals[kind].marked += t.marked;
      totals[kind].matched += t.matched;
    }
  }
  return totals;
}
