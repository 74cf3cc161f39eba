// Puts the built shards together as the site's search bundle: the newest as `pagefind/` itself, the older ones under `shards/`.
import { copyFileSync, linkSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { writeAtomic } from "../util/write-atomic.ts";

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

/** A cached shard unused this long is removed (default: 14 days). */
const CACHE_KEEP_MS = 14 * 86_400_000;
/** Files only the primary bundle needs: the code and the WebAssembly that every merged shard shares. */
const CODE_FILE = /^(?:pagefind.*\.js|wasm\..+\.pagefind)$/;

/**
 * Hard-links the files of `from` into `to` (copies where links cannot be made), skipping top-level names `skip`
 * matches. Returns their bytes. Done with synchronous calls: a shard holds thousands of files, and Node's promises
 * cost several times the linking itself.
 */
function linkTree(from: string, to: string, skip: (name: string) => boolean = () => false): number {
  let bytes = 0;
  const copy = (relative: string, top: boolean): void => {
    mkdirSync(join(to, relative), { recursive: true });
    for (const entry of readdirSync(join(from, relative), { withFileTypes: true })) {
      if (top && skip(entry.name)) continue;
      const path = join(relative, entry.name);
      if (entry.isDirectory()) {
        copy(path, false);
        continue;
      }
      const source = join(from, path);
      const target = join(to, path);
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
      bytes += statSync(source).size;
    }
  };
  copy("", true);
  return bytes;
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
  await rm(bundleDir, { recursive: true, force: true });
  const [primary, ...older] = [...built].reverse();
  let bytes = linkTree(primary!.dir, bundleDir);
  const list: ShardList = {
    primary: primary!.name,
    stories: primary!.pages,
    shards: older.map((shard) => ({ name: shard.name, path: `shards/${shard.name}/`, stories: shard.pages })),
    firstStories,
  };
  for (const shard of older)
    bytes += linkTree(shard.dir, join(bundleDir, "shards", shard.name), (name) => CODE_FILE.test(name));
  const listText = `${JSON.stringify(list)}\n`;
  await writeAtomic(join(bundleDir, "shards.json"), listText);
  await pruneCache(cacheDir);
  return bytes + listText.length;
}
