// Search budget: bytes a first query downloads and typing→results time in headless Chromium, and the index's share of the build.
//
//   node --import tsx scripts/bench/bench-search.ts --site <built site folder>
//   node --import tsx scripts/bench/bench-search.ts --generate 10000          (makes and builds .cache/bench-search-site first)
//   options: --content <folder> (build this content first and time it), --queries "a,b,c", --json <file>,
//            --no-index-step (with --content or --generate: skip the second build, without search, that shows what the index adds),
//            --runs <n> (measure each query n times, each in a fresh browser context, and keep the medians; default 1),
//            --type-delay <ms> (type each query a key at a time, this far apart, instead of as one input event; default 0)
import { execFile } from "node:child_process";
import { cp, mkdir, readFile, rm, stat } from "node:fs/promises";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs, promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from "../../test/helpers/browser.ts";
import { serveStatic } from "../../test/helpers/serve-static.ts";

const run = promisify(execFile);

/** The budgets of issue 15, on a 10,000-article site (a first query: 400 KB uncompressed; 600 KB at 50,000). */
const BUDGET = { firstQueryBytes: 400 * 1024, typingToResultsMs: 300, indexShareOfBuild: 0.25 };

/** Typical reader queries: a name, a place, a topic word, two-word phrases (default when --queries is not given). */
const DEFAULT_QUERIES = [
  "president",
  "Kabul",
  "earthquake",
  "climate change",
  "football",
  "police said",
  "election results",
];

const { values } = parseArgs({
  options: {
    site: { type: "string", default: ".cache/bench-search-site" },
    content: { type: "string" },
    generate: { type: "string" },
    queries: { type: "string" },
    json: { type: "string" },
    "no-index-step": { type: "boolean", default: false },
    runs: { type: "string", default: "1" },
    "type-delay": { type: "string", default: "0" },
  },
});
const site = resolve(values.site!);
const queries = values.queries
  ? values.queries
      .split(",")
      .map((q) => q.trim())
      .filter(Boolean)
  : DEFAULT_QUERIES;
const runs = Math.max(1, Number(values.runs));
const typeDelay = Math.max(0, Number(values["type-delay"]));

/** A timed build: seconds in all, and how long the index ran (it overlaps the render) and kept the pages waiting. */
interface BuildTime {
  seconds: number;
  indexSeconds?: number;
  indexWaitSeconds?: number;
}

/** Times `broadsheet build` of `content` into `output` (with `--no-search`: without the search index). */
async function timeBuild(content: string, output: string, extra: string[] = []): Promise<BuildTime> {
  const timings = join(".cache", `bench-search-timings-${process.pid}.jsonl`);
  await rm(timings, { force: true });
  const started = performance.now();
  await run(
    "node",
    ["bin/broadsheet.js", "build", "--no-import", "--force", "--content", content, "--output", output, ...extra],
    {
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, BROADSHEET_TIMINGS: timings },
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const lines = (await readFile(timings, "utf8").catch(() => ""))
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { stage: string; start: number; end: number });
  await rm(timings, { force: true });
  const span = (stage: string) => {
    const line = lines.find((candidate) => candidate.stage === stage);
    return line ? (line.end - line.start) / 1000 : undefined;
  };
  return { seconds, indexSeconds: span("index-all"), indexWaitSeconds: span("index-wait") };
}

/**
 * Writes `count` generated articles (scripts/bench/generate-corpus.ts, recombined Wikinews text) and imports them into
 * .cache/bench-search/content, which Eleventy needs inside the project. Returns the content folder.
 */
async function generateContent(count: number): Promise<string> {
  const root = ".cache/bench-search";
  const raw = join(root, "raw");
  const content = join(root, "content");
  await rm(root, { recursive: true, force: true });
  // Imported by path at run time: the generator belongs to the build benchmark and may move.
  const generatorPath = "./bench/generate-corpus.ts";
  const { generateCorpus } = (await import(generatorPath)) as {
    generateCorpus(options: { count: number; dir: string }): Promise<unknown>;
  };
  await generateCorpus({ count, dir: raw });
  await mkdir(join(content, "_data"), { recursive: true });
  await cp("content/_data/site.json", join(content, "_data", "site.json"));
  await run(
    "node",
    [
      "bin/broadsheet.js",
      "import",
      raw,
      "--out",
      join(content, "articles"),
      "--report",
      join(root, "import-report.json"),
      "--quiet",
      "--date",
      "2024-06-01",
    ],
    {
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  return content;
}

/** One downloaded file: its path on the site, the bytes served, and the bytes a host that gzips text would send. */
interface Download {
  path: string;
  bytes: number;
  gzipBytes: number;
}

/** Typing→results of one query: until the first result and the count show, and until the whole first page is drawn. */
interface Timing {
  firstMs: number;
  pageMs: number;
}

/** What one cold first query cost, and the query after it on the same page ("warm"). */
interface QueryFigures {
  query: string;
  results: number;
  downloads: Download[];
  first: Timing;
  warm: Timing;
}

/** Files that exist only for search: Pagefind's bundle, our search scripts and stylesheet. */
const isSearchFile = (path: string) => /\/(pagefind\/|assets\/search[/.])/.test(path);

/**
 * Bytes of a downloaded site file as served (its size on disk: Chromium reports no body size for some requests, such
 * as a worker's script) and as a host that gzips text would send it (Pagefind's index, wasm and fragments are gzipped
 * already). Falls back to the size Chromium reports for anything not on disk.
 */
async function downloadSizes(
  root: string,
  path: string,
  reported: number,
): Promise<{ bytes: number; gzipBytes: number }> {
  try {
    const content = await readFile(join(root, path.endsWith("/") ? `${path}index.html` : path));
    const text = /\.(js|css|html|json)$|\/$/.test(path);
    return { bytes: content.length, gzipBytes: text ? gzipSync(content, { level: 6 }).length : content.length };
  } catch {
    return { bytes: reported, gzipBytes: reported };
  }
}

/**
 * In the page: types a query into the search box, as one input event or (with `delay` ms) a key at a time, and resolves
 * with the ms from the last input event until the live region announces the query's results (the page draws the first
 * result with it) and until the list stops being busy (the whole first page is drawn). Kept as source text: tsx would
 * wrap a real function's inner functions in a helper the page does not have.
 */
const TYPE_AND_TIME = `(query, delay) => new Promise((done) => {
  const input = document.getElementById("search-q");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  let typed = Infinity;
  let firstMs;
  const observer = new MutationObserver(() => {
    if (firstMs === undefined && status.textContent.includes("for \u201c" + query + "\u201d")) firstMs = performance.now() - typed;
    if (firstMs !== undefined && !list.hasAttribute("aria-busy")) {
      observer.disconnect();
      done({ firstMs, pageMs: performance.now() - typed });
    }
  });
  observer.observe(status, { childList: true, characterData: true, subtree: true });
  observer.observe(list, { attributes: true, attributeFilter: ["aria-busy"] });
  const keys = delay ? [...query].map((_, i) => query.slice(0, i + 1)) : [query];
  keys.forEach((value, i) => setTimeout(() => {
    input.value = value;
    if (i === keys.length - 1) typed = performance.now();
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }, i * delay));
})`;

const typeAndTime = (page: Page, query: string) =>
  page.evaluate(`(${TYPE_AND_TIME})(${JSON.stringify(query)}, ${typeDelay})`) as Promise<Timing>;

/** A fresh browser context (empty cache) opens /search/, types `query`, and records every download until results show. */
async function measureQuery(
  browser: Browser,
  baseUrl: string,
  query: string,
  warmQuery: string,
): Promise<QueryFigures> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<Download>[] = [];
  page.on("requestfinished", (request) => {
    pending.push(
      request.sizes().then(async (sizes) => {
        const path = new URL(request.url()).pathname;
        return { path, ...(await downloadSizes(site, path, sizes.responseBodySize)) };
      }),
    );
  });
  await page.goto(`${baseUrl}search/`);
  await page.locator("#search-q").waitFor();
  // A reader starts typing once the page is there: by then Pagefind's script, wasm and metadata have loaded.
  await page.waitForLoadState("networkidle");
  const first = await typeAndTime(page, query);
  const downloads = await Promise.all(pending);
  const results = await page.locator(".search-result").count();
  const status = (await page.locator("#search-status").textContent()) ?? "";
  // A second query on the same page: the wasm and metadata are loaded, as for every query after a reader's first.
  const warm = await typeAndTime(page, warmQuery);
  await context.close();
  return { query, results: Number(/^\d+/.exec(status)?.[0] ?? results), downloads, first, warm };
}

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
/** One query's figures over several runs: the run with the median bytes for the downloads, median times. */
function medianFigures(tries: QueryFigures[]): QueryFigures {
  const byBytes = [...tries].sort((a, b) => sum(a.downloads, "bytes") - sum(b.downloads, "bytes"));
  const timing = (pick: (f: QueryFigures) => Timing): Timing => ({
    firstMs: median(tries.map((f) => pick(f).firstMs)),
    pageMs: median(tries.map((f) => pick(f).pageMs)),
  });
  return {
    ...byBytes[Math.floor((byBytes.length - 1) / 2)]!,
    first: timing((f) => f.first),
    warm: timing((f) => f.warm),
  };
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (downloads: Download[], key: "bytes" | "gzipBytes", only = (_: Download) => true) =>
  downloads.filter(only).reduce((total, download) => total + download[key], 0);

async function main(): Promise<void> {
  let withSearch: BuildTime | undefined;
  let withoutSearch: BuildTime | undefined;
  const content = values.generate ? await generateContent(Number(values.generate)) : values.content;
  if (content) {
    // What the index adds to the build: the same build without it, then with it (the site measured below).
    if (!values["no-index-step"]) {
      console.error(`Building ${content} without search…`);
      const scratch = `${site}-no-search`;
      withoutSearch = await timeBuild(content, scratch, ["--no-search"]);
      await rm(scratch, { recursive: true, force: true });
    }
    console.error(`Building ${content} into ${site}…`);
    withSearch = await timeBuild(content, site);
  }
  await stat(join(site, "pagefind", "pagefind-entry.json"));
  const articles = (
    JSON.parse(await readFile(join(site, "pagefind", "pagefind-entry.json"), "utf8")) as {
      languages: Record<string, { page_count: number }>;
    }
  ).languages;
  const pages = Object.values(articles).reduce((total, language) => total + language.page_count, 0);

  const server = await serveStatic(site);
  const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
  const loadBefore = loadavg();
  const figures: QueryFigures[] = [];
  try {
    for (const [i, query] of queries.entries()) {
      const tries: QueryFigures[] = [];
      for (let attempt = 0; attempt < runs; attempt++)
        tries.push(await measureQuery(browser, server.url, query, queries[(i + 1) % queries.length]!));
      figures.push(medianFigures(tries));
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const load = (averages: number[]) => averages.map((average) => average.toFixed(2)).join(", ");
  const typing = typeDelay ? `typed a key every ${typeDelay} ms` : "typed as one input event";
  console.log(`Search budget on ${site} (${pages} indexed pages); queries ${typing}, ${runs} run(s) each, medians`);
  console.log(`Load average ${load(loadBefore)} before the browser runs, ${load(loadavg())} after\n`);
  console.log(
    "query                | results | first query: all / search only (served; gzip)        | typing→first results: first, warm | →whole page: first, warm",
  );
  for (const f of figures) {
    const all = `${kb(sum(f.downloads, "bytes"))} / ${kb(sum(f.downloads, "bytes", (d) => isSearchFile(d.path)))}`;
    const gz = `${kb(sum(f.downloads, "gzipBytes"))} / ${kb(sum(f.downloads, "gzipBytes", (d) => isSearchFile(d.path)))}`;
    const shown = `${f.first.firstMs.toFixed(0)} ms, ${f.warm.firstMs.toFixed(0)} ms`;
    console.log(
      `${f.query.padEnd(20)} | ${String(f.results).padStart(7)} | ${all.padEnd(22)} (${gz.padEnd(22)}) | ${shown.padEnd(33)} | ${f.first.pageMs.toFixed(0)} ms, ${f.warm.pageMs.toFixed(0)} ms`,
    );
  }
  const firstBytes = median(figures.map((f) => sum(f.downloads, "bytes")));
  const firstGzip = median(figures.map((f) => sum(f.downloads, "gzipBytes")));
  const searchBytes = median(figures.map((f) => sum(f.downloads, "bytes", (d) => isSearchFile(d.path))));
  const firstMs = median(figures.map((f) => f.first.firstMs));
  const warmMs = median(figures.map((f) => f.warm.firstMs));
  const firstPageMs = median(figures.map((f) => f.first.pageMs));
  const warmPageMs = median(figures.map((f) => f.warm.pageMs));
  const byKind = new Map<string, number>();
  for (const download of figures[0]?.downloads ?? []) {
    const kind =
      /\/pagefind\/(fragment|index|filter)\//.exec(download.path)?.[1] ??
      download.path.replace(/.*\/pagefind\//, "pagefind/").replace(/_[0-9a-f]+\./, "_*.");
    byKind.set(kind, (byKind.get(kind) ?? 0) + download.bytes);
  }
  console.log(`\nFirst query "${figures[0]?.query}", served bytes by file:`);
  for (const [kind, bytes] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(40)} ${kb(bytes)}`);
  const verdict = (ok: boolean) => (ok ? "within budget" : "OVER BUDGET");
  console.log(
    `\nMedian first query download: ${kb(firstBytes)} served, ${kb(firstGzip)} with gzip; search's share ${kb(searchBytes)} — ${verdict(firstBytes < BUDGET.firstQueryBytes)} (< ${kb(BUDGET.firstQueryBytes)})`,
  );
  const within = (ms: number) => verdict(ms < BUDGET.typingToResultsMs);
  console.log(
    `Median typing→first results and count: first query ${firstMs.toFixed(0)} ms (${within(firstMs)}), later queries ${warmMs.toFixed(0)} ms (${within(warmMs)}) (< ${BUDGET.typingToResultsMs} ms)`,
  );
  console.log(
    `Median typing→whole first page: first query ${firstPageMs.toFixed(0)} ms (${within(firstPageMs)}), later queries ${warmPageMs.toFixed(0)} ms (${within(warmPageMs)})`,
  );
  if (!withSearch) {
    console.log("Index step: not measured (pass --content or --generate to build the site, with and without search)");
  } else {
    const ran =
      withSearch.indexSeconds === undefined
        ? ""
        : `indexing ran ${withSearch.indexSeconds.toFixed(1)} s alongside the render and kept the build waiting ${withSearch.indexWaitSeconds?.toFixed(1)} s; `;
    if (withoutSearch) {
      const share = (withSearch.seconds - withoutSearch.seconds) / withSearch.seconds;
      console.log(
        `Index step: ${ran}build ${withSearch.seconds.toFixed(1)} s with search, ${withoutSearch.seconds.toFixed(1)} s without = the index adds ${(share * 100).toFixed(0)}% — ${verdict(share <= BUDGET.indexShareOfBuild)} (≤ 25%)`,
      );
    } else {
      console.log(`Index step: ${ran}build ${withSearch.seconds.toFixed(1)} s (the build without search was skipped)`);
    }
  }
  if (values.json) {
    const { writeFile } = await import("node:fs/promises");
    await writeFile(
      values.json,
      JSON.stringify(
        {
          site,
          pages,
          figures,
          firstBytes,
          firstGzip,
          searchBytes,
          firstMs,
          warmMs,
          firstPageMs,
          warmPageMs,
          withSearch,
          withoutSearch,
        },
        null,
        2,
      ),
    );
  }
}

await main();
