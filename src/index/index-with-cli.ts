// Indexes search records with Pagefind's command-line indexer: each record written as a page, the folder indexed at once.
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { SearchRecord } from "./search-record.ts";

/**
 * A URL the indexer gives back unchanged from the page's place in the folder: a path of plain ASCII names ending in
 * "/" (the page is its `index.html`), as every story's is. Any other URL (spaces, other scripts, a query) could come
 * back encoded otherwise, so records with one are indexed through Pagefind's API instead.
 */
const PLAIN_URL = /^\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)*$/;

/**
 * True when there are records, every URL is plain (see `PLAIN_URL`) and no two differ only in case (they would be one
 * file on a disk that ignores case).
 */
export function cliCanIndex(records: readonly SearchRecord[]): boolean {
  const urls = new Set(records.map((record) => record.url.toLowerCase()));
  return records.length > 0 && urls.size === records.length && records.every((record) => PLAIN_URL.test(record.url));
}

/** Pagefind's indexer, as its Node API finds it (`@pagefind/<platform>-<arch>`, or the path its variable names). */
async function indexerPath(): Promise<string> {
  const { resolveBinaryPath } = (await import(new URL("./resolveBinary.js", import.meta.resolve("pagefind")).href)) as {
    resolveBinaryPath: (names: string[]) => string;
  };
  return resolveBinaryPath(["pagefind_extended", "pagefind"]);
}

/** Runs `command` with `args` in `cwd`; resolves with its exit code and the end of what it printed. */
function run(command: string, args: string[], cwd: string): Promise<{ code: number | null; output: string }> {
  // Pagefind reads settings from PAGEFIND_* variables and from a pagefind.yml in its working folder: neither applies.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("PAGEFIND_")));
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], windowsHide: true });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-4000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", (error) => resolve({ code: null, output: error.message }));
    child.on("close", (code) => resolve({ code, output }));
  });
}

/**
 * Writes each of `records` as a page under `pagesDir` (at its URL) and has Pagefind's indexer write the bundle for
 * them to `bundleDir`, every record as `language` when given (else each as its own `lang`). The indexer reads the
 * pages on every core: one shard of 1,250 bench stories took 4.0 s against 6.1 s through the API (two shards at once
 * take about as long either way). `pagesDir` is removed whatever happens. Returns the pages indexed (all or, when
 * the indexer failed, none) and the problems.
 */
export async function indexWithCli(
  records: readonly SearchRecord[],
  pagesDir: string,
  bundleDir: string,
  language: string | undefined,
): Promise<{ pages: number; errors: string[] }> {
  try {
    // Written and removed with synchronous calls: a shard has thousands of pages, and Node's promises cost several
    // times the writing itself.
    rmSync(pagesDir, { recursive: true, force: true });
    for (const { url, html } of records) {
      const file = join(pagesDir, url, "index.html");
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, html);
    }
    const args = ["--site", resolve(pagesDir), "--output-path", resolve(bundleDir), "--quiet"];
    if (language) args.push("--force-language", language);
    const { code, output } = await run(await indexerPath(), args, pagesDir);
    if (code === 0) return { pages: records.length, errors: [] };
    const said = output.trim().split("\n").slice(-5).join(" ").trim();
    const why = code === null ? "it did not start" : `exit ${code}`;
    return { pages: 0, errors: [`Pagefind's indexer stopped (${why})${said ? `: ${said}` : ""}`] };
  } finally {
    rmSync(pagesDir, { recursive: true, force: true });
  }
}
