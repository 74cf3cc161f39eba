// The digest cache keeps what builds use: an old digest no build asked for goes, one in use stays however old.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { cacheKey, pruneCache, pruneCacheDaily, writeCached } from "../../src/summarise/run/cache.ts";
import { CACHE_KEEP_MS } from "../../src/util/cache-keep.ts";
import { TEST_ROOT } from "../helpers/build-site.ts";
import { digestOf } from "../helpers/digest-of.ts";

const run = promisify(execFile);
const digest = digestOf("Sailed.");
const DAY = 86_400_000;

/** Writes a digest under `key` and dates it `daysAgo`; returns its file. */
async function cached(cacheDir: string, key: string, daysAgo: number): Promise<string> {
  writeCached(cacheDir, key, digest);
  const file = join(cacheDir, key.slice(0, 2), `${key}.json`);
  const then = new Date(Date.now() - daysAgo * DAY);
  await utimes(file, then, then);
  return file;
}

const hex = (digit: string) => digit.repeat(64);

describe("pruning the digest cache", () => {
  it("removes old digests nobody used and old temporary files, keeps digests in use and recent ones", async () => {
    const cacheDir = join(TEST_ROOT, "prune-cache", "unit");
    await rm(cacheDir, { recursive: true, force: true });
    const inUse = await cached(cacheDir, hex("a"), 400);
    const stale = await cached(cacheDir, hex("b"), 15);
    const recent = await cached(cacheDir, hex("c"), 13);
    const leftover = join(cacheDir, "cc", `.${hex("c")}.json.123.abcd.tmp`);
    await writeFile(leftover, "{");
    const old = new Date(Date.now() - 20 * DAY);
    await utimes(leftover, old, old);
    const removed = await pruneCache(cacheDir, new Set([hex("a")]));
    expect(removed).toBe(2);
    expect([inUse, stale, recent, leftover].map(existsSync)).toEqual([true, false, true, false]);
    expect(CACHE_KEEP_MS).toBe(14 * DAY);
  });

  it("keeps the digests of another content folder whose builds still use them", async () => {
    const cacheDir = join(TEST_ROOT, "prune-cache", "two-folders");
    await rm(cacheDir, { recursive: true, force: true });
    // Their digest and one nobody uses were written a month ago; their builds looked through the cache ten days ago.
    const theirs = await cached(cacheDir, hex("2"), 30);
    const forgotten = await cached(cacheDir, hex("3"), 30);
    await pruneCacheDaily(cacheDir, new Set([hex("2")]), "their-content/articles", Date.now() - 10 * DAY);
    expect(existsSync(forgotten)).toBe(false);
    const ours = await cached(cacheDir, hex("1"), 30);
    // Our build today keeps theirs, which their builds used within the fortnight.
    await pruneCacheDaily(cacheDir, new Set([hex("1")]), "our-content/articles");
    expect([ours, theirs].map(existsSync)).toEqual([true, true]);
    // Once their builds have not looked for a fortnight, their digests go, and so does a list a killed build left.
    const leftList = join(cacheDir, "..used-by-0123456789abcdef.123.abcd.tmp");
    await writeFile(leftList, hex("2"));
    await utimes(leftList, new Date(Date.now() - 20 * DAY), new Date(Date.now() - 20 * DAY));
    await pruneCacheDaily(cacheDir, new Set([hex("1")]), "our-content/articles", Date.now() + 5 * DAY);
    expect([ours, theirs, leftList].map(existsSync)).toEqual([true, false, false]);
  });

  it("is looked through at most once a day", async () => {
    const cacheDir = join(TEST_ROOT, "prune-cache", "daily");
    await rm(cacheDir, { recursive: true, force: true });
    const first = await cached(cacheDir, hex("d"), 20);
    await pruneCacheDaily(cacheDir, new Set(), "content/articles");
    expect(existsSync(first)).toBe(false);
    // Within the day, a digest as old stays until the next day's look.
    const second = await cached(cacheDir, hex("e"), 20);
    await pruneCacheDaily(cacheDir, new Set(), "content/articles");
    expect(existsSync(second)).toBe(true);
    await pruneCacheDaily(cacheDir, new Set(), "content/articles", Date.now() + DAY + 1000);
    expect(existsSync(second)).toBe(false);
  });

  it("is pruned by a build: the digest of an article edited away goes, the article's own stays", async () => {
    const root = join(TEST_ROOT, "prune-cache", "build");
    await rm(root, { recursive: true, force: true });
    const content = join(root, "content");
    const cacheDir = join(root, "summaries");
    await mkdir(join(content, "_data"), { recursive: true });
    await mkdir(join(content, "articles", "2025", "09", "13"), { recursive: true });
    await writeFile(join(content, "_data", "site.json"), JSON.stringify({ title: "Test digest" }));
    const body = "\nThe ferry sailed from Dover at dawn. It reached Calais by noon. Nobody was hurt.\n";
    await writeFile(
      join(content, "articles", "2025", "09", "13", "ferry.md"),
      `---\ntitle: Ferry sails\ndate: 2025-09-13T10:00:00Z\n---\n${body}`,
    );
    // A digest of the article before an edit, written a month ago, and one of the article as it is, as old.
    const before = await cached(cacheDir, cacheKey({ title: "Ferry sails", text: "Old text." }, { sentences: 3 }), 30);
    const own = await cached(cacheDir, cacheKey({ title: "Ferry sails", text: body }, { sentences: 3 }), 30);
    await run(
      "node",
      ["bin/broadsheet.js", "build", "--no-import", "--content", content, "--output", join(root, "site")],
      { env: { ...process.env, BROADSHEET_SUMMARY_CACHE: cacheDir, BROADSHEET_SEARCH_CACHE: join(root, "shards") } },
    );
    expect(existsSync(own)).toBe(true);
    expect(existsSync(before)).toBe(false);
    const left = (await readdir(cacheDir, { recursive: true })).filter((name) => name.endsWith(".json"));
    expect(left).toHaveLength(1);
  });
});
