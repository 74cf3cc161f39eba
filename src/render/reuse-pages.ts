// A build reuses a page from the last build into the same folder when nothing the page shows has changed.
import { createHash } from "node:crypto";
import { type Stats, statSync } from "node:fs";
import { copyFile, link, mkdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { eachAtOnce } from "../util/each-at-once.ts";
import { writeAtomic } from "../util/write-atomic.ts";

/** A page drawn at its URL. */
interface Page {
  url: string;
}

/** A page as the last build left it: what it showed (its hash) and its file, to tell it was not changed since. */
interface PageRecord {
  hash: string;
  size: number;
  mtimeMs: number;
}

/** What the last build into an output folder drew: its render key and each reusable page's record, by URL. */
interface PagesManifest {
  key: string;
  pages: Record<string, PageRecord>;
}

/** Where the records of an output folder's reusable pages are kept (default folder: .cache/render-pages). */
export function pagesManifestFile(output: string, folder = join(".cache", "render-pages")): string {
  return join(folder, `${createHash("sha256").update(resolve(output)).digest("hex").slice(0, 16)}.json`);
}

/** The file of the page at `url` (URLs end in "/"). */
export const pageFile = (output: string, url: string) => join(output, url, "index.html");

/**
 * A file's size and time, or undefined when it is not there. Asked at once, not through a promise: for thousands of
 * pages Node's promises cost several times the asking.
 */
const statOf = (file: string): Stats | undefined => statSync(file, { throwIfNoEntry: false });

async function readManifest(file: string): Promise<PagesManifest | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as PagesManifest;
  } catch {
    return undefined;
  }
}

/**
 * Splits `pages` (stories' pages, listed pages: anything drawn at its `url`) into pages to draw and pages to take
 * from `previousOutput`: a page is reused when the last build into that folder had the same render key, drew it
 * from the same page hash, and its file is still the one written then (same size and modification time: a build
 * that failed before its swap, or a hand edit, is redrawn).
 */
export async function planPageReuse<T extends Page>(
  pages: T[],
  hashes: Map<string, string>,
  key: string,
  previousOutput: string,
  manifestFile: string,
): Promise<{ draw: T[]; reuse: T[]; records: Map<string, PageRecord> }> {
  const manifest = await readManifest(manifestFile);
  const records = new Map<string, PageRecord>();
  if (!manifest || manifest.key !== key) return { draw: pages, reuse: [], records };
  const reusable = pages.map((page) => {
    const record = manifest.pages[page.url];
    if (!record || record.hash !== hashes.get(page.url)) return false;
    const info = statOf(pageFile(previousOutput, page.url));
    if (!info || info.size !== record.size || info.mtimeMs !== record.mtimeMs) return false;
    records.set(page.url, record);
    return true;
  });
  return { draw: pages.filter((_, i) => !reusable[i]), reuse: pages.filter((_, i) => reusable[i]), records };
}

/** Puts the reused pages into the output being built: a hard link (the same file, no copy), or a copy where links fail. */
export async function carryPages(pages: Page[], from: string, to: string): Promise<void> {
  await eachAtOnce(pages, async ({ url }) => {
    const target = pageFile(to, url);
    await mkdir(dirname(target), { recursive: true });
    await link(pageFile(from, url), target).catch(() => copyFile(pageFile(from, url), target));
  });
}

/** Records the reusable pages now in `output` (drawn ones by their new files, carried ones as they were). */
export async function recordPages(
  output: string,
  manifestFile: string,
  key: string,
  hashes: Map<string, string>,
  drawn: Page[],
  carried: Map<string, PageRecord>,
): Promise<void> {
  const pages: Record<string, PageRecord> = Object.fromEntries(carried);
  for (const page of drawn) {
    const info = statOf(pageFile(output, page.url));
    const hash = hashes.get(page.url);
    if (info && hash) pages[page.url] = { hash, size: info.size, mtimeMs: info.mtimeMs };
  }
  await writeAtomic(manifestFile, JSON.stringify({ key, pages } satisfies PagesManifest));
}
