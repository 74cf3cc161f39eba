// digestAll on many articles: in-process vs worker threads for cache misses, and reading back cached digests.
// Usage: node --import tsx scripts/bench/summarise/digest-all-speed.ts [articles=2000] [cached=10000]
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { digestAll } from "../../../src/summarise/index.ts";
import type { SummaryInput } from "../../../src/model/types.ts";
import { sampleArticles } from "./speed-articles.ts";

const count = Number(process.argv[2] ?? 2000);
const cachedCount = Number(process.argv[3] ?? 10000);

const samples = await sampleArticles();

/** A deterministic variant of sample i: its paragraphs rotated and one swapped, so every copy is a cache miss. */
function article(i: number): { key: string; input: SummaryInput } {
  const sample = samples[i % samples.length]!;
  const paragraphs = sample.text.split(/\n\n+/);
  const round = Math.floor(i / samples.length);
  const shift = round % Math.max(1, paragraphs.length);
  const rotated = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)];
  return { key: `a${i}.md`, input: { title: `${sample.title ?? ""} (${round})`, text: rotated.join("\n\n") } };
}

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "broadsheet-speed-"));
}

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const value = await work();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  console.log(
    `| ${label} | ${seconds.toFixed(2)} s | process CPU (all threads) ${((used.user + used.system) / 1e6).toFixed(2)} s |`,
  );
  return value;
}

const inputs = Array.from({ length: count }, (_, i) => article(i));
console.log(`${count} articles from the ${samples.length} sample articles; ${availableParallelism()} cores`);
console.log("| run | wall | note |\n|---|---|---|");
const dirs: string[] = [];
try {
  const serialDir = tempDir();
  const parallelDir = tempDir();
  dirs.push(serialDir, parallelDir);
  const serial = await timed(`${count} misses, in-process`, () =>
    digestAll(inputs, { cacheDir: serialDir, threads: 1 }),
  );
  const threads = Math.max(2, availableParallelism());
  const parallel = await timed(`${count} misses, ${threads} workers`, () =>
    digestAll(inputs, { cacheDir: parallelDir, threads }),
  );
  console.log(
    `workers used: ${parallel.parallel}; same digests: ${inputs.every(({ key }) => JSON.stringify(serial.digests.get(key)) === JSON.stringify(parallel.digests.get(key)))}`,
  );

  // Cache hits: `cachedCount` digests, one file each, read back.
  const hitsDir = tempDir();
  dirs.push(hitsDir);
  const many = Array.from({ length: cachedCount }, (_, i) => article(i));
  const first = await timed(`${cachedCount} misses to fill the cache`, () => digestAll(many, { cacheDir: hitsDir }));
  const again = await timed(`${cachedCount} hits, one file per digest`, () => digestAll(many, { cacheDir: hitsDir }));
  console.log(`hits: ${again.hits}, misses: ${again.misses}`);
  // The alternative: one packed file of all digests, read and parsed at once.
  const packed = path.join(hitsDir, "packed.json");
  writeFileSync(packed, JSON.stringify(Object.fromEntries(first.digests)));
  await timed(
    `${cachedCount} digests from one packed JSON file`,
    async () => Object.keys(JSON.parse(await readFile(packed, "utf8")) as object).length,
  );
} finally {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
}
