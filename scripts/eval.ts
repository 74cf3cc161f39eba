// `npm run eval`: ROUGE of our summaries and of Lead-k on the evaluation sets, side by side.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { splitSentences } from "../src/summarise/sentences/split-sentences.ts";
import {
  describeFaults,
  noFaults,
  sampleBriefFaults,
  tallyBrief,
  type FaultCounts,
} from "./eval/count-brief-faults.ts";
import { rouge1, rouge2, rougeLsum } from "./eval/rouge.ts";
import { runSummarizeJsonl, type EvalArticle } from "./eval/run-summarize-jsonl.ts";
import { evalEntities } from "./eval/eval-entities.ts";
import { evalExtraction } from "./eval/eval-extraction.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The sets and their summary length; `undefined` means "as many lines as the reference". */
const SETS: { name: string; k: number | undefined }[] = [
  { name: "cnndm-dev", k: 3 },
  { name: "xsum-dev", k: 1 },
  { name: "bbc-dev", k: undefined },
];

interface Scores {
  r1: number;
  r2: number;
  rl: number;
}

interface SetResult {
  set: string;
  articles: number;
  ours: Scores;
  lead: Scores;
  /** Articles where ours beats / ties / loses to Lead-k on R-1. */
  wins: number;
  ties: number;
  losses: number;
  articlesPerSecond: number;
  /** Briefs that do not stand on their own, ours and Lead-k's. */
  faults: { ours: FaultCounts; lead: FaultCounts };
}

function parseArgs(argv: string[]): {
  evalDir: string;
  json: string | undefined;
  only: string[] | undefined;
  entities: boolean;
  extraction: boolean;
  verbose: boolean;
} {
  let evalDir = path.resolve(repoRoot, "../shared/eval");
  let entities = false;
  let extraction = false;
  let verbose = false;
  let json: string | undefined;
  let only: string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === "--eval-dir") evalDir = path.resolve(value());
    else if (arg === "--json") json = path.resolve(value());
    else if (arg === "--sets") only = value().split(",");
    else if (arg === "--entities") entities = true;
    else if (arg === "--extraction") extraction = true;
    else if (arg === "--verbose") verbose = true;
    else if (arg === "--help") {
      console.log("npm run eval -- [--eval-dir DIR] [--json out.json] [--sets cnndm-dev,xsum-dev,bbc-dev]");
      console.log("npm run eval -- --entities [--verbose]   names on the hand-marked set in test/fixtures/entities");
      console.log(
        "npm run eval -- --extraction [--verbose] HTML import text vs the gold pages in test/fixtures/import/html-gold, and Readability alone",
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${arg}; try --help`);
  }
  return { evalDir, json, only, entities, extraction, verbose };
}

function readSet(file: string): EvalArticle[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EvalArticle);
}

function score(reference: string, summary: string[]): Scores {
  const prediction = summary.join("\n");
  return {
    r1: rouge1(reference, prediction).fmeasure,
    r2: rouge2(reference, prediction).fmeasure,
    rl: rougeLsum(reference, prediction).fmeasure,
  };
}

function referenceLines(reference: string): number {
  return reference.split("\n").filter((line) => line.trim()).length;
}

async function evaluateSet(name: string, file: string, fixedK: number | undefined): Promise<SetResult> {
  const articles = readSet(file);
  const kOf = (a: EvalArticle): number => fixedK ?? referenceLines(a.reference);
  // summarizeJsonl takes one K per run, as the CLI does, so group articles by K.
  const groups = new Map<number, EvalArticle[]>();
  for (const article of articles) groups.set(kOf(article), [...(groups.get(kOf(article)) ?? []), article]);
  const summaries = new Map<string, string[]>();
  let seconds = 0;
  for (const [k, group] of groups) {
    const run = await runSummarizeJsonl(group, k);
    seconds += run.seconds;
    for (const [id, summary] of run.summaries) summaries.set(id, summary);
  }
  const ours: Scores = { r1: 0, r2: 0, rl: 0 };
  const lead: Scores = { r1: 0, r2: 0, rl: 0 };
  let wins = 0;
  let ties = 0;
  let losses = 0;
  const faults = { ours: noFaults(), lead: noFaults() };
  for (const article of articles) {
    const leadK = splitSentences(article.text).slice(0, kOf(article));
    tallyBrief(faults.ours, summaries.get(article.id) ?? [], article.text);
    tallyBrief(faults.lead, leadK, article.text);
    const a = score(article.reference, summaries.get(article.id) ?? []);
    const b = score(article.reference, leadK);
    for (const key of ["r1", "r2", "rl"] as const) {
      ours[key] += a[key];
      lead[key] += b[key];
    }
    if (Math.abs(a.r1 - b.r1) < 1e-12) ties++;
    else if (a.r1 > b.r1) wins++;
    else losses++;
  }
  for (const key of ["r1", "r2", "rl"] as const) {
    ours[key] = (100 * ours[key]) / articles.length;
    lead[key] = (100 * lead[key]) / articles.length;
  }
  return {
    set: name,
    articles: articles.length,
    ours,
    lead,
    wins,
    ties,
    losses,
    articlesPerSecond: articles.length / seconds,
    faults,
  };
}

function printTable(results: SetResult[]): void {
  const f = (n: number): string => n.toFixed(2).padStart(6);
  const d = (n: number): string => `${n >= 0 ? "+" : ""}${n.toFixed(2)}`.padStart(6);
  console.log("| set | n | method | R-1 | R-2 | R-Lsum | R-1 win/tie/loss | articles/s |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const r of results) {
    const k = r.set === "cnndm-dev" ? "Lead-3" : r.set === "xsum-dev" ? "Lead-1" : "Lead-k";
    console.log(
      `| ${r.set} | ${r.articles} | ours | ${f(r.ours.r1)} | ${f(r.ours.r2)} | ${f(r.ours.rl)} | ${r.wins}/${r.ties}/${r.losses} | ${Math.round(r.articlesPerSecond)} |`,
    );
    console.log(`| ${r.set} | ${r.articles} | ${k} | ${f(r.lead.r1)} | ${f(r.lead.r2)} | ${f(r.lead.rl)} | | |`);
    console.log(
      `| ${r.set} | ${r.articles} | difference | ${d(r.ours.r1 - r.lead.r1)} | ${d(r.ours.r2 - r.lead.r2)} | ${d(r.ours.rl - r.lead.rl)} | | |`,
    );
  }
}

async function main(): Promise<void> {
  const { evalDir, json, only, entities, extraction, verbose } = parseArgs(process.argv.slice(2));
  if (entities) return evalEntities(path.resolve(repoRoot, "test/fixtures/entities"), verbose);
  if (extraction) return evalExtraction(path.resolve(repoRoot, "test/fixtures/import/html-gold"), verbose);
  const results: SetResult[] = [];
  for (const { name, k } of SETS) {
    if (only && !only.includes(name)) continue;
    const file = path.join(evalDir, `${name}.jsonl`);
    if (!existsSync(file)) {
      console.error(`${file}: not found; pass --eval-dir to point at the evaluation sets`);
      process.exitCode = 1;
      continue;
    }
    results.push(await evaluateSet(name, file, k));
  }
  printTable(results);
  // Briefs that do not stand on their own: the sample digest's (shipped in content/, so always there) and the sets'.
  const sample = sampleBriefFaults(path.join(repoRoot, "content/articles"), 3);
  console.log("\n| briefs | n | open quotation | speaker label | heading | unintroduced opening |");
  console.log("|---|---|---|---|---|---|");
  console.log(`| sample digest, ours (3 sentences) | ${sample.briefs} | ${describeFaults(sample)} |`);
  for (const r of results) {
    console.log(`| ${r.set}, ours | ${r.faults.ours.briefs} | ${describeFaults(r.faults.ours)} |`);
    console.log(`| ${r.set}, Lead-k | ${r.faults.lead.briefs} | ${describeFaults(r.faults.lead)} |`);
  }
  if (json) writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
}

await main();
