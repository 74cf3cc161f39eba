// A build reuses a page from the last build into the same folder when nothing the page shows has changed.
import { createHash } from "node:crypto";
import { type Stats, statSync, unlinkSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, dirname, join, resolve, sep } from "node:path";
import { mirrorLinks, removeEmptied } from "../util/mirror-links.ts";
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
): Promise<{ draw: T[]; reuse: T[]; records: Map<string, PageRecord>; stale: string[] }> {
  const manifest = await readManifest(manifestFile);
  const records = new Map<string, PageRecord>();
  if (!manifest || manifest.key !== key) return { draw: pages, reuse: [], records, stale: [] };
  const reusable = pages.map((page) => {
    const record = manifest.pages[page.url];
    if (!record || record.hash !== hashes.get(page.url)) return false;
    const info = statOf(pageFile(previousOutput, page.url));
    if (!info || info.size !== record.size || info.mtimeMs !== record.mtimeMs) return false;
    records.set(page.url, record);
    return true;
  });
  return {
    draw: pages.filter((_, i) => !reusable[i]),
    reuse: pages.filter((_, i) => reusable[i]),
    records,
    // The pages the last build recorded that this one does not take: drawn again, or gone from the site.
    stale: Object.keys(manifest.pages).filter((url) => !records.has(url)),
  };
}

/** Whether a path in a site folder is a page's file (`index.html`): the only files carried from build to build. */
export const isPageFile = (path: string): boolean => basename(path) === "index.html";

/** A page's folder, relative to the site: its URL without the slashes at either end. */
const folderOf = (url: string) => url.replace(/^[\\/]+|[\\/]+$/g, "");

/** The folders of `pages` and all above them, relative to the site ("/" separated). */
function foldersOf(pages: readonly Page[]): Set<string> {
  const folders = new Set<string>();
  for (const { url } of pages)
    for (let folder = folderOf(url); folder !== "" && folder !== "." && !folders.has(folder); folder = dirname(folder))
      folders.add(folder);
  return folders;
}

/**
 * Makes `to`, the folder being built, hold the reused `pages` as hard links to their files in `from` (the last
 * build's) and no other page: `to` is empty, or the site of the build before that (replaceFolder's spare, whose
 * other files the build removed before drawing: `clearAllButPages`), in which only what differs is changed
 * (`mirrorLinks`); the folders of the pages about to be drawn (`drawn`) stay, for their new files. Done before any
 * page is drawn into `to`: a page it holds may be a link to the same file in `from`, which drawing over would change.
 */
export function carryPages(pages: readonly Page[], drawn: readonly Page[], from: string, to: string): void {
  const needed = foldersOf(drawn);
  mirrorLinks(
    to,
    new Map(pages.map(({ url }) => [join(folderOf(url), "index.html"), pageFile(from, url)])),
    isPageFile,
    (folder) => needed.has(folder.split(sep).join("/")),
  );
}

/**
 * `carryPages` into a folder that holds a link to every page the last build recorded and no other page
 * (`linkLastPages` made them): removes the `stale` pages' links (planPageReuse), keeping the folders of the pages
 * about to be drawn (`drawn`), instead of looking at every file of the folder.
 */
export function dropStalePages(stale: readonly string[], drawn: readonly Page[], to: string): void {
  const needed = foldersOf(drawn);
  const emptied = new Set<string>();
  for (const url of stale) {
    const file = pageFile(to, url);
    try {
      unlinkSync(file);
      emptied.add(resolve(dirname(file)));
    } catch {
      // Not there: nothing to remove.
    }
  }
  removeEmptied(to, emptied, (folder) => needed.has(folder.split(sep).join("/")));
}

/**
 * Makes `to` hold a link to every page the last build into `final` drew or carried (its record in `manifestFile`)
 * and no other page, when that build's render key is `key`: the pages a build after it carries, linked early, while
 * the drawing process starts, by the command that runs it (the drawing process then removes the links of the pages
 * it does not take: `dropStalePages`). With another key every page is drawn again, and nothing is linked. Returns
 * how many pages `to` holds (0 when it linked none, or failed part way: the drawing process then carries them all).
 */
export async function linkLastPages(final: string, to: string, key: string, manifestFile: string): Promise<number> {
  const manifest = await readManifest(manifestFile);
  if (!manifest || manifest.key !== key) return 0;
  const urls = Object.keys(manifest.pages);
  try {
    carryPages(
      urls.map((url) => ({ url })),
      [],
      final,
      to,
    );
    return urls.length;
  } catch {
    // A page gone from `final` since (removed by hand): the drawing process's own carrying puts right what is here.
    return 0;
  }
}

/**
 * Removes every file of `folder` but the pages (`isPageFile`) and those under `bundle` (the search bundle's folder,
 * relative to `folder`, when the build makes one: its step changes only the links that differ): what an earlier
 * build's site (replaceFolder's spare) holds besides them (assets, feeds) is written again by the build, and the
 * pages are brought up to date by `carryPages` once the build knows which it reuses.
 */
export function clearAllButPages(folder: string, bundle?: string): void {
  const inBundle = (path: string) => bundle !== undefined && path.startsWith(join(bundle, "/"));
  mirrorLinks(folder, new Map(), (path) => !isPageFile(path) && !inBundle(path));
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
