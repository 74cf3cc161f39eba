// Writes every digest (and the sentence splits) of the Wikinews samples, eval sets and generated bench articles, or diffs them against an earlier run.
// Usage: node --import tsx scripts/eval/snapshot-digests.ts write <out.jsonl> | diff <before.jsonl> [field,...]
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { readArticleText } from "../../src/model/article-file.ts";
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

/** Generated bench articles (Markdown with front matter), when a benchmark has made them. */
const BENCH_DIR = ".cache/bench/10000/content/articles";
/** Every how-many-th bench article is taken, in path order (default: 5, ~2,000 of 10,000). */
const BENCH_STEP = 5;

type Row = Record<string, unknown> & { corpus: string; id: string };

/** Bench article files under `dir`, sorted, so every run takes the same ones. */
function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => path.join(dir, name));
}

/** The bench articles as the articles plugin passes them: the title from front matter, the body as text. */
function benchArticles(): { id: string; title?: string; text: string }[] {
  return markdownFiles(path.resolve(repoRoot, BENCH_DIR))
    .filter((_, i) => i % BENCH_STEP === 0)
    .map((file) => {
      const { data, body: content } = readArticleText(readFileSync(file, "utf8"));
      return { id: path.relative(repoRoot, file), title: String(data["title"]), text: content };
    });
}

function snapshot(): Row[] {
  const rows: Row[] = [];
  for (const [corpus, file] of CORPORA) {
    const full = path.resolve(repoRoot, file);
    if (!existsSync(full)) continue;
    readFileSync(full, "utf8")
      .split("\n")
      .filter(Boolean)
      .forEach((line, i) => {
        const article = JSON.parse(line) as { id?: string; title?: string; text: string };
        const digest = digestArticle({ title: article.title, text: article.text }, { sentences: 3 });
        rows.push({ corpus, id: String(article.id ?? i), splits: splitSentences(article.text), ...digest });
      });
  }
  for (const article of benchArticles()) {
    const digest = digestArticle({ title: article.title, text: article.text }, { sentences: 3 });
    rows.push({ corpus: "bench", id: article.id, splits: splitSentences(article.text), ...digest });
  }
  return rows;
}

const [mode, file, fields] = process.argv.slice(2);
if (mode === "write" && file) {
  writeFileSync(
    file,
    `${snapshot()
      .map((row) => JSON.stringify(row))
      .join("\n")}\n`,
  );
} else if (mode === "diff" && file) {
  const before = new Map(
    readFileSync(file, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const row = JSON.parse(line) as Row;
        return [`${row.corpus}/${row.id}`, row];
      }),
  );
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
  console.log(
    `${before.size} articles; differing fields: ${differing.size ? [...differing].map(([f, n]) => `${f} ${n}`).join(", ") : "none"}`,
  );
} else {
  console.error("usage: snapshot-digests.ts write <out.jsonl> | diff <before.jsonl> [field,...]");
  process.exitCode = 1;
}
