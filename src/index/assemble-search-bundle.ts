// Puts the built shards together as the site's search bundle: the newest as `pagefind/` itself, the older ones under `shards/`.
import { readdirSync, statSync } from "node:fs";
import { readdir, rm, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { mirrorLinks } from "../util/mirror-links.ts";
import { writeAtomic } from "../util/write-atomic.ts";
import { CACHE_KEEP_MS } from "../util/cache-keep.ts";

/** The list of shards the search page merges, newest first, in `pagefind/shards.json`. */
export interface ShardList {
  /** The newest shard's name: its bundle is `pagefind/` itself, with Pagefind's code. */
  primary: string;
  /** Stories in the newest shard. */
  stories: number;
  /** The other shards, newest first: name, folder relative to `pagefind/`, and stories. */
  shards: { name: string; path: string; stories: number }[];
  /** Stories a search looks through first, newest first: the search page fetches older shards only when needed. */
  firstStories: number;
}

/** Files only the primary bundle needs: the code and the WebAssembly that every merged shard shares. */
const CODE_FILE = /^(?:pagefind.*\.js|wasm\..+\.pagefind)$/;

/** The files of `from`, by their path relative to it under `prefix`, skipping the top-level names `skip` matches. */
function filesOf(from: string, prefix: string, skip: (name: string) => boolean = () => false): [string, string][] {
  return readdirSync(from, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(from, join(entry.parentPath, entry.name)))
    .filter((path) => !skip(path.split(sep)[0]!))
    .map((path) => [join(prefix, path), join(from, path)]);
}

/** Removes cache entries nobody used for `CACHE_KEEP_MS` (a shard in use is touched each build), records files included. */
async function pruneCache(cacheDir: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(cacheDir).catch(() => [] as string[])) {
    const entry = join(cacheDir, name);
    const info = await stat(entry).catch(() => undefined);
    if (info && now - info.mtimeMs > CACHE_KEEP_MS) await rm(entry, { recursive: true, force: true });
  }
}

/**
 * Replaces `bundleDir` with the shards `built` (oldest first: name, built folder and stories), linked from where they
 * were built, and the list the search page reads (`firstStories`: the site's searchFirstStories); prunes `cacheDir`.
 * Returns the bundle's bytes.
 */
export async function assembleSearchBundle(
  built: readonly { name: string; dir: string; pages: number }[],
  bundleDir: string,
  cacheDir: string,
  firstStories: number,
): Promise<number> {
  const [primary, ...older] = [...built].reverse();
  // Linked from the cache, each file changed only where it differs: an earlier bundle in the folder (the spare a
  // build starts from, or the dev server's output) keeps the links it has right (mirror-links.ts).
  const files = new Map([
    ...filesOf(primary!.dir, ""),
    ...older.flatMap((shard) => filesOf(shard.dir, join("shards", shard.name), (name) => CODE_FILE.test(name))),
  ]);
  mirrorLinks(bundleDir, files);
  let bytes = 0;
  for (const source of files.values()) bytes += statSync(source).size;
  const list: ShardList = {
    primary: primary!.name,
    stories: primary!.pages,
    shards: older.map((shard) => ({ name: shard.name, path: `shards/${shard.name}/`, stories: shard.pages })),
    firstStories,
  };
  const listText = `${JSON.stringify(list)}\n`;
  await writeAtomic(join(bundleDir, "shards.json"), listText);
  await pruneCache(cacheDir);
  return bytes + listText.length;
}
