// Writes every digest (and the sentence splits) of the Wikinews samples and eval sets, or diffs them against an earlier run.
// Usage: node --import tsx scripts/eval/snapshot-digests.ts write <out.jsonl> | diff <before.jsonl> [field,...]
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { digestArticle, splitSentences } from "../../src/summarise/index.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The corpora, read where they live: the eval sets are lent for scoring, so snapshots go outside the repo. */
const CORPORA: [string, string][] = [
  ["wikinews", "../shared/samples/wikinews.jsonl"],
  ["cnndm-dev", "../shared/eval/cnndm-dev.jsonl"],
  ["xsum-dev", "../shared/eval/xsum-dev.jsonl"],
  ["bbc-dev", "../shared/eval/bbc-dev.jsonl"],
];

type Row = Record<string, unknown> & { corpus: string; id: string };

function snapshot(): Row[] {
  const rows: Row[] = [];
  for (const [corpus, file] of CORPORA) {
    const full = path.resolve(repoRoot, file);
    if (!existsSync(full)) continue;
    readFileSync(full, "utf8").split("\n").filter(Boolean).forEach((line, i) => {
      const article = JSON.parse(line) as { id?: string; title?: string; text: string };
      const digest = digestArticle({ title: article.title, text: article.text }, { sentences: 3 });
      rows.push({ corpus, id: String(article.id ?? i), splits: splitSentences(article.text), ...digest });
    });
  }
  return rows;
}

const [mode, file, fields] = process.argv.slice(2);
if (mode === "write" && file) {
  writeFileSync(file, `${snapshot().map((row) => JSON.stringify(row)).join("\n")}\n`);
} else if (mode === "diff" && file) {
  const before = new Map(readFileSync(file, "utf8").split("\n").filter(Boolean).map((line) => {
    const row = JSON.parse(line) as Row;
    return [`${row.corpus}/${row.id}`, row];
  }));
  const differing = new Map<string, number>();
  for (const row of snapshot()) {
    const old = before.get(`${row.corpus}/${row.id}`);
    if (!old) continue;
    for (const field of Object.keys(row)) {
      if (fields && !fields.split(",").includes(field)) continue;
      const a = JSON.stringify(old[field]);
      const b = JSON.stringify(row[field]);
      if (a === b) continue;
      differing.set(field, (differing.get(field) ?? 0) + 1);
      console.log(`${row.corpus}/${row.id} ${field}\n  - ${a}\n  + ${b}`);
    }
  }
  console.log(`${before.size} articles; differing fields: ${differing.size ? [...differing].map(([f, n]) => `${f} ${n}`).join(", ") : "none"}`);
} else {
  console.error("usage: snapshot-digests.ts write <out.jsonl> | diff <before.jsonl> [field,...]");
  process.exitCode = 1;
}
