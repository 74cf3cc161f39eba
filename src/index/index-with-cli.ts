// Indexes search records with Pagefind's command-line indexer: each record written as a page, the folder indexed at once.
import { spawn } from "node:child_process";
import { accessSync, constants, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { isRunning } from "../util/is-running.ts";
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

/** Linux's folder in memory, when this process may write to it: where the indexer's pages go (see `indexWithCli`). */
function memoryFolder(): string | undefined {
  try {
    accessSync("/dev/shm", constants.W_OK);
    return statSync("/dev/shm").isDirectory() ? "/dev/shm" : undefined;
  } catch {
    return undefined;
  }
}

const PAGES_PREFIX = "broadsheet-pages-";

/** Removes the pages folders in `scratch` that a killed process left (named by its pid): memory, until a reboot. */
function removeLeftPages(scratch: string): void {
  for (const name of readdirSync(scratch)) {
    const pid = Number(name.slice(PAGES_PREFIX.length).split("-")[0]);
    if (name.startsWith(PAGES_PREFIX) && Number.isInteger(pid) && pid > 0 && !isRunning(pid))
      rmSync(join(scratch, name), { recursive: true, force: true });
  }
}

/** Writes each of `records` as a page under `pagesDir`, at its URL, with synchronous calls (thousands of small files). */
function writePages(records: readonly SearchRecord[], pagesDir: string): void {
  for (const { url, html } of records) {
    const file = join(pagesDir, url, "index.html");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
}

/**
 * Writes the pages of `records` into a new folder of `scratch` (named by this process), or, without one or when it
 * fails (a full memory folder), beside `bundleDir`; returns the folder.
 */
function writePagesFolder(records: readonly SearchRecord[], scratch: string | undefined, bundleDir: string): string {
  if (scratch) {
    let pagesDir: string | undefined;
    try {
      removeLeftPages(scratch);
      pagesDir = mkdtempSync(join(scratch, `${PAGES_PREFIX}${process.pid}-`));
      writePages(records, pagesDir);
      return pagesDir;
    } catch {
      if (pagesDir) rmSync(pagesDir, { recursive: true, force: true });
    }
  }
  const beside = `${bundleDir}.pages`;
  rmSync(beside, { recursive: true, force: true });
  try {
    writePages(records, beside);
  } catch (error) {
    rmSync(beside, { recursive: true, force: true });
    throw error;
  }
  return beside;
}

/**
 * Writes each of `records` as a page (at its URL) and has Pagefind's indexer write the bundle for them to
 * `bundleDir`, every record as `language` when given (else each as its own `lang`). The indexer reads the pages on
 * every core: one shard of 1,250 bench stories took 4.0 s against 6.1 s through the API (two shards at once take
 * about as long either way). The pages are written in `scratch` (default: Linux's folder in memory, /dev/shm), else
 * beside the bundle: making a file costs far more on some disks than in memory (0.7 ms against 0.01 ms on the
 * bench's machine, where a shard's 1,227 pages took 1.2 s to write to disk). They are removed whatever happens.
 * Returns the pages indexed (all or, when the indexer failed, none) and the problems.
 */
export async function indexWithCli(
  records: readonly SearchRecord[],
  bundleDir: string,
  language: string | undefined,
  scratch = memoryFolder(),
): Promise<{ pages: number; errors: string[] }> {
  let pagesDir: string | undefined;
  try {
    pagesDir = writePagesFolder(records, scratch, bundleDir);
    const args = ["--site", resolve(pagesDir), "--output-path", resolve(bundleDir), "--quiet"];
    if (language) args.push("--force-language", language);
    const { code, output } = await run(await indexerPath(), args, pagesDir);
    if (code === 0) return { pages: records.length, errors: [] };
    const said = output.trim().split("\n").slice(-5).join(" ").trim();
    const why = code === null ? "it did not start" : `exit ${code}`;
    return { pages: 0, errors: [`Pagefind's indexer stopped (${why})${said ? `: ${said}` : ""}`] };
  } finally {
    if (pagesDir) rmSync(pagesDir, { recursive: true, force: true });
  }
}
