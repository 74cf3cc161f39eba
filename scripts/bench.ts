// `npm run bench -- --articles N`: times import, summarise, render and index on a generated corpus, against bare Eleventy.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { CORPUS_VERSION, generateArticle, generateCorpus } from "./bench/generate-corpus.ts";
import { checkBudgets, formatTable, medianFigures, type RunFigures } from "./bench/report.ts";
import { countPages } from "./bench/count-pages.ts";
import { runBare, runBuild, type BenchPaths } from "./bench/run-scenario.ts";
import { SetAside } from "./bench/set-aside.ts";
import { spareFolderOf } from "../src/util/replace-folder.ts";

const HELP = `Usage: npm run bench -- --articles N [options]

Generates N articles into .cache/bench/<N>/inbox, then measures, in child processes:
a clean build (import, summarise, render, index), a bare Eleventy build of the same
Markdown, a rebuild with nothing changed, and a rebuild after adding one article and
editing one. Prints seconds, articles/s and peak RSS per stage, and writes JSON.

Options:
  --articles <N>    articles in the corpus (default: 1000)
  --runs <R>        runs; medians are reported (default: 3 up to 1,000 articles, else 1)
  --json <file>     where the results go (default: .cache/bench/results-<N>.json)
  --seed <S>        seed of the corpus (default: 1)
  --skip-bare       do not run the bare Eleventy yardstick
  --scenarios <s>   which rebuilds follow the clean build (default: unchanged,changed)
  --no-search       build without the search index (compare with a normal run: what the index adds)
  -h, --help        this help`;

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    runs: { type: "string" },
    json: { type: "string" },
    seed: { type: "string", default: "1" },
    "skip-bare": { type: "boolean", default: false },
    "no-search": { type: "boolean", default: false },
    scenarios: { type: "string", default: "unchanged,changed" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const articles = Number(values.articles);
const seed = Number(values.seed);
const runs = Number(values.runs ?? (articles <= 1000 ? 3 : 1));
if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error(`--articles, --runs and --seed take whole numbers\n\n${HELP}`);
  process.exit(2);
}

// Inside the project, like the tests' sites: the layouts folder is given to Eleventy relative to the content folder.
const root = path.join(".cache", "bench", String(articles));
const paths: BenchPaths = {
  root,
  inbox: path.join(root, "inbox"),
  content: path.join(root, "content"),
  articles: path.join(root, "content", "articles"),
  site: path.join(root, "site"),
  bareSite: path.join(root, "bare-site"),
  summaries: path.join(root, "summaries"),
  searchShards: path.join(root, "search-shards"),
};
const build = { noSearch: values["no-search"] };
/** Old output goes here during the bench and is deleted at its end (set-aside.ts says why). */
const setAside = new SetAside(path.join(root, "trash"));
const SITE_SETTINGS = {
  title: "Broadsheet benchmark",
  description: "Generated articles",
  url: "https://bench.example.org",
  timezone: "UTC",
};

/** Generates the corpus unless the same one (count, seed, generator version) is already there. */
async function ensureCorpus(): Promise<void> {
  const marker = path.join(root, "corpus.json");
  const wanted = JSON.stringify({ articles, seed, version: CORPUS_VERSION });
  if (existsSync(marker) && (await readFile(marker, "utf8")) === wanted) return;
  await rm(paths.inbox, { recursive: true, force: true });
  const started = Date.now();
  process.stderr.write(`Generating ${articles} articles into ${paths.inbox}… `);
  await generateCorpus({ count: articles, seed, dir: paths.inbox });
  console.error(`${((Date.now() - started) / 1000).toFixed(1)} s`);
  await writeFile(marker, wanted);
}

/** An empty content folder with the site settings, empty summary and search-shard caches, no output. */
async function cleanSlate(): Promise<void> {
  // The site's spare too (the site before the last, which a build starts from): a clean build starts from nothing.
  for (const folder of [
    paths.content,
    paths.site,
    spareFolderOf(paths.site),
    paths.bareSite,
    paths.summaries,
    paths.searchShards,
  ])
    await setAside.move(folder);
  await mkdir(paths.articles, { recursive: true });
  await mkdir(path.join(paths.content, "_data"), { recursive: true });
  await writeFile(path.join(paths.content, "_data", "site.json"), `${JSON.stringify(SITE_SETTINGS, null, 2)}\n`);
}

/** An article file in the middle of the corpus, as an editor would fix one: a sentence added to its body. */
async function editOneArticle(): Promise<string> {
  const files: string[] = [];
  async function walk(dir: string): Promise<void> {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.name.endsWith(".md")) files.push(full);
    }
  }
  await walk(paths.articles);
  const file = files[Math.floor(files.length / 2)]!;
  await writeFile(
    file,
    `${(await readFile(file, "utf8")).trimEnd()}\n\nThe editor added this sentence after the story was first published.\n`,
  );
  return file;
}

async function oneRun(run: number): Promise<RunFigures> {
  await cleanSlate();
  const figures: RunFigures = {};
  const timings = (name: string) => path.join(root, `timings-${name}-${run}.jsonl`);
  console.error(`Run ${run + 1}/${runs}: clean build…`);
  figures["clean"] = await runBuild(paths, timings("clean"), build);
  pages = await countPages(paths.site);
  if (!values["skip-bare"]) {
    console.error(`Run ${run + 1}/${runs}: bare Eleventy…`);
    figures["bare"] = await runBare(paths, setAside);
  }
  const wanted = new Set((values.scenarios ?? "").split(",").map((name) => name.trim()));
  if (wanted.has("unchanged")) {
    console.error(`Run ${run + 1}/${runs}: rebuild with nothing changed…`);
    figures["unchanged"] = await runBuild(paths, timings("unchanged"), build);
  }
  if (!wanted.has("changed")) return figures;
  console.error(`Run ${run + 1}/${runs}: rebuild after adding one article and editing one…`);
  const added = generateArticle(articles, seed);
  const addedFile = path.join(paths.inbox, added.name);
  await writeFile(addedFile, added.text);
  try {
    await editOneArticle();
    figures["changed"] = await runBuild(paths, timings("changed"), build);
  } finally {
    // The corpus on disk stays the one its marker names.
    await rm(addedFile, { force: true });
  }
  return figures;
}

await ensureCorpus();
// What an interrupted bench set aside (the first build may pay for deleting it: see set-aside.ts).
await setAside.empty();
/** Pages of each kind in the clean build's site (the last run's). */
let pages: Record<string, number> = {};
const all: RunFigures[] = [];
for (let run = 0; run < runs; run++) all.push(await oneRun(run));
const figures = medianFigures(all);
if (build.noSearch)
  console.log("Built without the search index (--no-search): compare with a normal run to see what the index adds.\n");
console.log(formatTable(articles, figures, runs));
console.log(
  `\nPages by kind: ${Object.entries(pages)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(", ")}`,
);

const jsonFile =
  values.json ?? path.join(".cache", "bench", `results-${articles}${build.noSearch ? "-no-search" : ""}.json`);
const result = {
  articles,
  runs,
  seed,
  corpusVersion: CORPUS_VERSION,
  measuredAt: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    // The cores this process may use (fewer under `taskset`), which every pool of workers follows.
    usableCores: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    nodeOptions: process.env["NODE_OPTIONS"] ?? "",
  },
  medians: figures,
  ratios: {
    cleanToBare: figures["bare"]
      ? Number((figures["clean"]!.total.seconds / figures["bare"].total.seconds).toFixed(3))
      : null,
    unchangedToClean: figures["unchanged"]
      ? Number((figures["unchanged"].total.seconds / figures["clean"]!.total.seconds).toFixed(3))
      : null,
    changedToClean: figures["changed"]
      ? Number((figures["changed"].total.seconds / figures["clean"]!.total.seconds).toFixed(3))
      : null,
  },
  pages,
  budgets: checkBudgets(figures, articles),
  runsRaw: all,
};
await mkdir(path.dirname(jsonFile), { recursive: true });
await writeFile(jsonFile, `${JSON.stringify(result, null, 2)}\n`);
console.error(`\nWrote ${jsonFile}`);
// Deleted once every figure is out (deleting the runs' output takes a while on a large corpus).
await setAside.empty();
