// Decides whether a build can be skipped: nothing it reads has changed since the last build into the same folder.
import { createHash } from "node:crypto";
import { type Dirent, existsSync, readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { statOrUndefined } from "../util/stat-or-undefined.ts";
import { packagePath } from "../util/package-root.ts";
import { writeAtomic } from "../util/write-atomic.ts";

/**
 * What a build reads besides the content folder: Broadsheet's code (the sources, or dist/ when installed; never a
 * dist/ that `npm pack` left beside the sources), its layouts, and the installed packages of the project it runs in.
 */
const PACKAGE_INPUTS = [
  existsSync(packagePath("src")) ? "src" : "dist",
  "layouts",
  "eleventy.config.ts",
  "package.json",
  "package-lock.json",
];
const PROJECT_INPUTS = ["package.json", "package-lock.json", "node_modules/.package-lock.json"];
/** Where the fingerprints of past builds are kept, one file per output folder (default: .cache/builds). */
const MANIFEST_DIR = join(".cache", "builds");

/** The options of a build that change its output. */
export interface BuildInputs {
  content: string;
  output: string;
  pathPrefix: string;
  /** Anything else that changes the output (drafts, environment): compared as given. */
  settings?: Record<string, unknown>;
}

/**
 * Every file under `path` (or `path` itself, a file or nothing) but those under `skip`, with synchronous calls: a
 * digest of ten thousand articles spreads them over hundreds of day folders.
 */
function listFiles(path: string, into: string[], skip?: string): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    // A file, or nothing at all: both are inputs (a missing file is a state too).
    into.push(path);
    return;
  }
  for (const entry of entries) {
    const full = join(path, entry.name);
    if (full === skip) continue;
    if (entry.isDirectory()) listFiles(full, into, skip);
    else into.push(full);
  }
}

/**
 * A hash of every file the build reads and of the build's options. Content files count by path, size and
 * modification time, as make and Eleventy's own watcher judge change (there may be tens of thousands);
 * the project's code, layouts and package lists by their text, so a checkout that only touches them is no change.
 * Files under `<content>/inbox` are not read by the build.
 */
export async function fingerprintBuild(inputs: BuildInputs): Promise<string> {
  const contentFiles: string[] = [];
  const projectFiles: string[] = [];
  const inbox = join(inputs.content, "inbox");
  listFiles(inputs.content, contentFiles, inbox);
  for (const path of PACKAGE_INPUTS) listFiles(packagePath(path), projectFiles);
  for (const path of PROJECT_INPUTS) listFiles(path, projectFiles);
  const hash = createHash("sha256");
  hash.update(JSON.stringify({ ...inputs, output: resolve(inputs.output), node: process.version }));
  // Stats and reads at once, not through promises: for thousands of small files those cost several times the call.
  const lines = [
    ...contentFiles.sort().map((file) => {
      const info = statOrUndefined(file);
      return `${file}\0${info ? `${info.size}\0${info.mtimeMs}` : "missing"}\n`;
    }),
    ...projectFiles.sort().map((file) => {
      const text = readOrUndefined(file);
      return `${file}\0${text ? createHash("sha256").update(text).digest("hex") : "missing"}\n`;
    }),
  ];
  for (const line of lines) hash.update(line);
  return hash.digest("hex");
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function manifestFile(output: string): string {
  return join(MANIFEST_DIR, `${createHash("sha256").update(resolve(output)).digest("hex").slice(0, 16)}.json`);
}

/** True when the last build into `output` succeeded with this fingerprint and its pages and index are still there. */
export async function isUpToDate(output: string, fingerprint: string): Promise<boolean> {
  if (!existsSync(join(output, "index.html")) || !existsSync(join(output, "pagefind"))) return false;
  try {
    const recorded = JSON.parse(await readFile(manifestFile(output), "utf8")) as {
      fingerprint?: string;
      output?: string;
    };
    return recorded.fingerprint === fingerprint && recorded.output === relative(process.cwd(), resolve(output));
  } catch {
    return false;
  }
}

/** Records a successful build, so that the next one with the same fingerprint can be skipped. */
export async function recordBuild(output: string, fingerprint: string): Promise<void> {
  const record = { output: relative(process.cwd(), resolve(output)), fingerprint, builtAt: new Date().toISOString() };
  await writeAtomic(manifestFile(output), `${JSON.stringify(record, null, 2)}\n`);
}

/** Forgets the last build into `output` (before a build starts, so a failed or interrupted one is never taken as done). */
export async function forgetBuild(output: string): Promise<void> {
  await writeAtomic(manifestFile(output), "{}\n").catch(() => undefined);
}
