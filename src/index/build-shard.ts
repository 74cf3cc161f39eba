// Builds one shard of the search index from its records file into the cache, where later builds find it by its hash.
import { randomBytes } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { join } from "node:path";
import { rename, rm } from "node:fs/promises";
import { createInterface } from "node:readline";
import { buildSearchIndex } from "./build-search-index.ts";
import type { SearchRecord } from "./search-record.ts";
import type { ShardJob } from "./prepare-search-shards.ts";

/** What building a shard gave: stories indexed, where the bundle is, whether it is a one-off, and the problems. */
export interface ShardResult {
  name: string;
  pages: number;
  /** The built bundle: the cache folder, or a temporary one when the shard had problems. */
  dir: string;
  /** True when `dir` is not cached and must be removed once the site's bundle holds it. */
  temporary: boolean;
  errors: string[];
}

/** The records of a records file, read a line at a time. */
async function* readRecords(file: string): AsyncGenerator<SearchRecord> {
  const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield JSON.parse(line) as SearchRecord;
}

/** The result of a shard taken as it is from the cache. */
export const cachedShard = (job: ShardJob): ShardResult => ({
  name: job.name,
  pages: job.pages,
  dir: job.dir,
  temporary: false,
  errors: [],
});

/**
 * Indexes the records of `job` (it must have a records file) as `language` into a temporary folder beside the
 * cache entry, then renames it into place; the records file is removed whatever happens. A shard with a problem is
 * used once and never cached: the next build tries it again. When another build into the same cache put the same
 * shard in place first, that one is used.
 */
export async function buildShard(job: ShardJob, language: string): Promise<ShardResult> {
  try {
    // Another build into the same cache may have built the same records meanwhile.
    if (existsSync(join(job.dir, "pagefind-entry.json"))) return cachedShard(job);
    // Two builds in one process (a test, a host's) may build the same shard at once: each in a folder of its own.
    const temporary = `${job.dir}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`;
    const records: SearchRecord[] = [];
    for await (const record of readRecords(job.recordsFile!)) records.push(record);
    const result = await buildSearchIndex(records, temporary, { language });
    const errors = result.errors.map((error) => error.message);
    if (errors.length === 0) {
      const placed = await rename(temporary, job.dir).then(
        () => true,
        () => false,
      );
      if (placed) return { name: job.name, pages: result.pages, dir: job.dir, temporary: false, errors };
      if (existsSync(join(job.dir, "pagefind-entry.json"))) {
        await rm(temporary, { recursive: true, force: true });
        return cachedShard(job);
      }
    }
    return { name: job.name, pages: result.pages, dir: temporary, temporary: true, errors };
  } finally {
    await rm(job.recordsFile!, { force: true });
  }
}
