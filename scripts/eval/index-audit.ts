// Audits a built site's people, places, organisations and topics for issue 13's kinds of wrong entry, with counts.
// Usage: node --import tsx scripts/eval/index-audit.ts [site folder (default: _site)] [--list N (default: 12)] [--json]
import { existsSync } from "node:fs";
import { CHECKS, type AuditInput, type Listed } from "./audit-checks.ts";
import { readArticles, readIndex, type ArticlePage } from "./read-built-site.ts";

const args = process.argv.slice(2);
const listAt = args.indexOf("--list");
const list = listAt >= 0 ? Number(args[listAt + 1]) : 12;
const json = args.includes("--json");
const site = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--list") ?? "_site";
if (!existsSync(`${site}/index.html`)) {
  console.error(`${site}: no built site here (run npm run build first)`);
  process.exit(2);
}

const articles = readArticles(site);
/** Every name of one label with the pages listing it. */
function byName(pick: (page: ArticlePage) => string[]): Listed[] {
  const found = new Map<string, ArticlePage[]>();
  for (const page of articles)
    for (const name of new Set(pick(page))) found.set(name, [...(found.get(name) ?? []), page]);
  return [...found].map(([name, pages]) => ({ name, pages }));
}
const lowerWords = new Map<string, number>();
for (const page of articles)
  for (const word of page.text.match(/(?<![\p{L}])\p{Ll}[\p{L}'-]*/gu) ?? [])
    lowerWords.set(word, (lowerWords.get(word) ?? 0) + 1);
const input: AuditInput = {
  people: byName((p) => p.people),
  places: byName((p) => p.places),
  organisations: byName((p) => p.organisations),
  topics: byName((p) => p.topics),
  articles,
  lowerWords,
};
/** Names with a page of their own (listed on the index), by kind. */
const indexed: Record<string, Set<string>> = Object.fromEntries(
  ["people", "places", "topics"].map((kind) => [kind, new Set(readIndex(site, kind).map((e) => e.name))]),
);
const pagesOf = (kind: keyof AuditInput, name: string): number =>
  (input[kind] as Listed[]).find((e) => e.name === name)?.pages.length ?? 0;

const report = CHECKS.map((check) => {
  const found = check.find(input);
  const inIndex = found.filter(
    (f) =>
      indexed[check.kind]?.has(f.name) ||
      (check.kind === "topics" && f.name.split(" / ").some((n) => indexed.topics!.has(n))),
  );
  return {
    kind: check.kind,
    label: check.label,
    onPages: found.length,
    inIndex: indexed[check.kind] ? inIndex.length : undefined,
    found,
    inIndexNames: inIndex,
  };
});
if (json)
  console.log(
    JSON.stringify(
      report.map(({ found, inIndexNames, ...r }) => ({
        ...r,
        index: inIndexNames.map((f) => f.name),
        pages: found.map((f) => f.name),
      })),
      null,
      1,
    ),
  );
else {
  console.log(
    `Index audit of ${site}: ${articles.length} article pages; index entries: ${["people", "places", "topics"].map((k) => `${k} ${indexed[k]!.size}`).join(", ")}`,
  );
  for (const r of report) {
    console.log(
      `\n[${r.kind}] ${r.label}: ${r.inIndex === undefined ? "(no index)" : `${r.inIndex} in the index`}, ${r.onPages} on article pages`,
    );
    const shown = [...r.inIndexNames, ...r.found.filter((f) => !r.inIndexNames.includes(f))].slice(0, list);
    for (const f of shown)
      console.log(
        `  ${r.inIndexNames.includes(f) ? "*" : " "} ${f.name} (${f.name.includes(" = ") ? 1 : pagesOf(r.kind, f.name)}) — ${f.why.replace(/^.*\/_site\//, "")}`,
      );
  }
  console.log("\n* has a page of its own (in the index); (n) article pages listing it");
}
