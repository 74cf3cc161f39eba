// The cache around digestAll: a second run digests nothing, a changed article is digested again.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { digestAll } from "../../src/summarise/index.ts";
import type { SummaryInput } from "../../src/model/types.ts";

const dirs: string[] = [];
function cacheDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "broadsheet-cache-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const articles = [
  {
    key: "a.md",
    input: {
      title: "Fire at a school",
      text: "A fire destroyed a school in Leeds on Monday. Nobody was hurt. The school will close for a week. Engineers will inspect it.",
    },
  },
  {
    key: "b.md",
    input: {
      title: "Rates held",
      text: "The Bank of England held rates at 5 per cent. Markets had expected it. The pound rose slightly. Analysts expect a cut in May.",
    },
  },
];

describe("digestAll", () => {
  it("digests every article on the first run and none on the second", async () => {
    const dir = cacheDir();
    const first = await digestAll(articles, { cacheDir: dir });
    expect(first).toMatchObject({ hits: 0, misses: 2, errors: [] });
    const second = await digestAll(articles, { cacheDir: dir });
    expect(second).toMatchObject({ hits: 2, misses: 0, errors: [] });
    expect(second.digests.get("a.md")).toEqual(first.digests.get("a.md"));
  });

  it("digests an article again when its text changes, and only that one", async () => {
    const dir = cacheDir();
    await digestAll(articles, { cacheDir: dir });
    const changed = [
      articles[0]!,
      { key: "b.md", input: { ...articles[1]!.input, text: `${articles[1]!.input.text} A late update.` } },
    ];
    const result = await digestAll(changed, { cacheDir: dir });
    expect(result).toMatchObject({ hits: 1, misses: 1 });
  });

  it("digests again when the summary length changes", async () => {
    const dir = cacheDir();
    await digestAll(articles, { cacheDir: dir, sentences: 3 });
    const result = await digestAll(articles, { cacheDir: dir, sentences: 2 });
    expect(result.misses).toBe(2);
    expect(result.digests.get("a.md")?.summary).toHaveLength(2);
  });

  it("digests again when a word moves between the headline and the text", async () => {
    // The key hashes the headline and the text one after the other: "Rates held" + "The bank…" and "Rates" +
    // " heldThe bank…" must not give one key.
    const dir = cacheDir();
    const input = articles[1]!.input;
    await digestAll([{ key: "b.md", input }], { cacheDir: dir });
    const moved = { title: "Rates", text: ` held${input.text}` };
    const result = await digestAll([{ key: "b.md", input: moved }], { cacheDir: dir });
    expect(result).toMatchObject({ hits: 0, misses: 1 });
    expect(result.digests.get("b.md")?.summary.join(" ")).toContain("held");
  });

  it("takes a caller's word that an article is not in the cache, and digests it without looking again", async () => {
    const dir = cacheDir();
    const first = await digestAll(articles, { cacheDir: dir });
    const key = first.hashes.get("a.md")!;
    // The caller looked before the cache was written (a read-ahead): the article is digested again, and cached.
    const again = await digestAll([{ ...articles[0]!, missed: key }], { cacheDir: dir });
    expect(again).toMatchObject({ hits: 0, misses: 1, errors: [] });
    expect(again.hashes.get("a.md")).toBe(key);
    expect(again.digests.get("a.md")).toEqual(first.digests.get("a.md"));
    expect(await digestAll([articles[0]!], { cacheDir: dir })).toMatchObject({ hits: 1, misses: 0 });
  });

  it("leaves no temporary files behind in the cache", async () => {
    const dir = cacheDir();
    await digestAll(articles, { cacheDir: dir });
    const files = readdirSync(dir, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(files.filter((f) => f.endsWith(".json"))).toHaveLength(2);
  });

  it("reports a bad article by its key and digests the others", async () => {
    const bad = { key: "broken.md", input: { title: "No text" } as unknown as SummaryInput };
    const result = await digestAll([bad, ...articles], { cacheDir: cacheDir() });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.message).toContain("broken.md");
    expect(result.errors[0]?.name).toBe("SummaryError");
    expect([...result.digests.keys()]).toEqual(["a.md", "b.md"]);
  });
});

describe("digestAll in worker threads", () => {
  const many = Array.from({ length: 12 }, (_, i) => ({
    key: `${i}.md`,
    input: {
      title: `Story ${i}`,
      text: `${articles[i % 2]!.input.text} Paragraph ${i} adds one more sentence about Leeds.`,
    },
  }));

  it("gives the same digests from worker threads as in-process, in input order", async () => {
    const inProcess = await digestAll(many, { cacheDir: cacheDir(), threads: 1 });
    const inWorkers = await digestAll(many, { cacheDir: cacheDir(), threads: 2, parallelThreshold: 1 });
    expect(inProcess.parallel).toBe(false);
    expect(inWorkers.parallel).toBe(true);
    expect([...inWorkers.digests.keys()]).toEqual(many.map((m) => m.key));
    expect([...inWorkers.digests.entries()]).toEqual([...inProcess.digests.entries()]);
  });

  it("tells how many of the misses are digested as it goes, in worker threads and in-process", async () => {
    for (const options of [{ threads: 1 }, { threads: 2, parallelThreshold: 1 }]) {
      const heard: [number, number][] = [];
      const dir = cacheDir();
      // Two of the twelve are in the cache: the count is of the ten it digests.
      await digestAll(many.slice(0, 2), { cacheDir: dir });
      await digestAll(many, { cacheDir: dir, ...options, onProgress: (done, total) => heard.push([done, total]) });
      expect(heard.length).toBeGreaterThan(0);
      expect(heard.every(([, total]) => total === 10)).toBe(true);
      expect(heard.map(([done]) => done)).toEqual([...heard.map(([done]) => done)].sort((a, b) => a - b));
      expect(heard.at(-1)).toEqual([10, 10]);
    }
  });

  it("stays in-process below the threshold of misses", async () => {
    const result = await digestAll(many, { cacheDir: cacheDir(), threads: 2 });
    expect(result.parallel).toBe(false);
    expect(result.misses).toBe(12);
  });

  it("caches what the workers digested, so the next run reads it back", async () => {
    const dir = cacheDir();
    await digestAll(many, { cacheDir: dir, threads: 2, parallelThreshold: 1 });
    expect(await digestAll(many, { cacheDir: dir })).toMatchObject({ hits: 12, misses: 0 });
  });
});
