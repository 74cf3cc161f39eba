// Crash safety: a build or an import killed at any moment leaves no half-written page or article, the next run
// completes; two builds into one folder take turns (or the second refuses clearly); stale locks are taken over.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isUntouched, readArticleText } from "../../src/model/article-file.ts";
import { acquireLock, lockPathFor } from "../../src/util/file-lock.ts";
import { TEST_ROOT } from "../helpers/build-site.ts";
import { listFiles } from "../helpers/read-site.ts";

/** Kills per test (default: 3; $BROADSHEET_KILLS overrides). */
const KILLS = Number(process.env["BROADSHEET_KILLS"] ?? 3);

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Starts the CLI in its own process group, so a kill reaches Pagefind's process too, as Ctrl-C or a CI timeout would. */
function start(
  args: string[],
  env: Record<string, string> = {},
): { done: Promise<Run>; kill(): void; pid: number; stderr(): string } {
  const child = spawn("node", ["bin/broadsheet.js", ...args], {
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, ...env },
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Run>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stderr })));
  return {
    done,
    pid: child.pid!,
    stderr: () => stderr,
    kill: () => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // Already finished.
      }
    },
  };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Resolves when `ready()` first holds (polled every 10 ms), with the time it took, or after `limit` ms. */
async function waitFor(ready: () => boolean | Promise<boolean>, limit: number): Promise<number> {
  const started = Date.now();
  while (!(await ready()) && Date.now() - started < limit) await sleep(10);
  return Date.now() - started;
}

/** True once a build into `output` has started writing: its hidden sibling folder exists. */
const building = (output: string) => async () =>
  (await readdir(join(output, "..")).catch(() => [] as string[])).some((entry) => entry.startsWith(".site.building-"));

/** True once an import has started writing into `articles`: a file (or its temporary) is there. */
const writing = (articles: string) => async () =>
  existsSync(articles) && (await listFiles(articles).catch(() => [])).length > 0;

/** Every file of `root` with the hash of its bytes. */
async function snapshot(root: string): Promise<Map<string, string>> {
  const files = await listFiles(root);
  const hashes = await Promise.all(
    files.map(
      async (file) =>
        [
          file,
          createHash("sha256")
            .update(await readFile(join(root, file)))
            .digest("hex"),
        ] as const,
    ),
  );
  return new Map(hashes);
}

/** True when every page of the site is whole: each HTML file ends its document, the search index is there. */
async function isComplete(root: string, pages: string[]): Promise<boolean> {
  for (const page of pages) {
    const html = await readFile(join(root, page), "utf8").catch(() => "");
    if (!html.trimEnd().endsWith("</html>")) return false;
  }
  return existsSync(join(root, "pagefind", "pagefind.js")) && existsSync(join(root, "search", "index.html"));
}

const story = (i: number, edition: string) =>
  `---\ntitle: "Story ${i} of the ${edition} edition"\ndate: 2025-06-${String((i % 27) + 1).padStart(2, "0")}T09:00:00Z\n---\n\n` +
  `The harbour committee met for the ${i}th time on Tuesday to discuss the ${edition} plan for the bridge, the ferry and the market. ` +
  `Members agreed to publish the ${edition} minutes within a week.\n`;

async function writeArticles(content: string, count: number, edition: string): Promise<void> {
  await rm(join(content, "articles"), { recursive: true, force: true });
  await mkdir(join(content, "articles"), { recursive: true });
  await mkdir(join(content, "_data"), { recursive: true });
  await writeFile(join(content, "_data", "site.json"), JSON.stringify({ title: "Crash digest" }));
  for (let i = 0; i < count; i++)
    await writeFile(join(content, "articles", `story-${edition}-${i}.md`), story(i, edition));
}

describe("a build killed at a random moment", () => {
  it(`leaves the old complete site or the new complete one (${KILLS} kills), and the next build succeeds`, async () => {
    const base = join(TEST_ROOT, "crash-build");
    const content = join(base, "content");
    const output = join(base, "site");
    await rm(base, { recursive: true, force: true });
    const build = () => start(["build", "--no-import", "--content", content, "--output", output]);

    await writeArticles(content, 30, "old");
    expect((await build().done).code).toBe(0);
    const old = await snapshot(output);
    const oldPages = [...old.keys()].filter((file) => file.endsWith(".html"));
    expect(await isComplete(output, oldPages)).toBe(true);

    // The new edition: other stories, so any page of the old site would differ.
    await writeArticles(content, 40, "new");
    const started = Date.now();
    const referenceRun = build();
    const startup = await waitFor(building(output), 60_000);
    const reference = await referenceRun.done;
    // How long the build writes: from its folder appearing to the end (pages, search index, swap).
    const duration = Date.now() - started - startup;
    expect(reference.code).toBe(0);
    const fresh = await snapshot(output);
    const freshPages = [...fresh.keys()].filter((file) => file.endsWith(".html"));
    // Back to the old site, so each kill below starts from it.
    await writeArticles(content, 30, "old");
    expect((await build().done).code).toBe(0);

    const outcomes: string[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      await writeArticles(content, 40, "new");
      // The first kill lands in start-up; the others while it writes, spread up to a little past its end.
      const run = build();
      const t0 = Date.now();
      if (kill === 0) await sleep(Math.round(Math.random() * startup * 0.9));
      else {
        await waitFor(building(output), 60_000);
        await sleep(Math.round(duration * ((kill - 1 + Math.random()) / Math.max(1, KILLS - 1)) * 1.1));
      }
      const delay = Date.now() - t0;
      run.kill();
      const result = await run.done;
      const now = await snapshot(output);
      const files = [...now.keys()].sort();
      if (files.join("\n") === [...old.keys()].sort().join("\n")) {
        // The old site, byte for byte: the killed build touched none of it.
        expect(
          [...now.entries()].every(([file, hash]) => old.get(file) === hash),
          `kill at ${delay} ms changed the old site`,
        ).toBe(true);
        outcomes.push(`${delay} ms: old site intact`);
      } else {
        expect(files, `kill at ${delay} ms: neither the old site nor the new one`).toEqual([...fresh.keys()].sort());
        expect(await isComplete(output, freshPages)).toBe(true);
        outcomes.push(`${delay} ms: new site complete (${result.signal ? "killed after the swap" : "finished"})`);
      }
      // The next build repairs nothing by hand: it cleans what the killed one left and completes.
      await writeArticles(content, 30, "old");
      const next = await build().done;
      expect(next.code, next.stderr).toBe(0);
      expect(await snapshot(output)).toEqual(old);
    }
    // Nothing else is left beside the site once the builds have ended: the site before the last is kept as the spare
    // the next build starts from, and what killed builds left (half-built folders, old sites) is removed.
    const leftovers = async () =>
      (await readdir(base)).filter((entry) => entry.startsWith(".site.") && entry !== ".site.spare");
    await waitFor(async () => (await leftovers()).length === 0, 30_000);
    expect(await leftovers()).toEqual([]);
    expect(existsSync(lockPathFor("build", output))).toBe(false);
    console.log(`build ${duration} ms; ${outcomes.join("; ")}`);
  }, 300_000);
});

describe("two builds into the same folder at once", () => {
  const base = join(TEST_ROOT, "two-builds");
  const content = join(base, "content");
  const output = join(base, "site");
  const args = ["build", "--no-import", "--content", content, "--output", output];

  it("do not corrupt each other: both succeed and the site is complete", async () => {
    await rm(base, { recursive: true, force: true });
    await writeArticles(content, 20, "old");
    const [first, second] = await Promise.all([start(args).done, start(args).done]);
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    const pages = (await listFiles(output)).filter((file) => file.endsWith(".html"));
    expect(pages.filter((page) => page.startsWith("story-"))).toHaveLength(20);
    expect(await isComplete(output, pages)).toBe(true);
  }, 120_000);

  it("take turns: a build waits while another holds the folder, then completes", async () => {
    await writeArticles(content, 20, "old");
    // This test's own process holds the lock, as a build still running would; it lets go once the CLI waits.
    const release = await acquireLock(lockPathFor("build", output), { purpose: `build into ${output}` });
    const run = start(args);
    const waited = await waitFor(() => run.stderr().includes("Waiting for another run"), 60_000);
    await release();
    const result = await run.done;
    expect(waited).toBeLessThan(60_000);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/Waiting for another run \(pid \d+, build into .*site\) to finish/);
    const pages = (await listFiles(output)).filter((file) => file.endsWith(".html"));
    expect(await isComplete(output, pages)).toBe(true);
  }, 120_000);

  it("refuses clearly with exit code 1 when told not to wait", async () => {
    await writeArticles(content, 20, "old");
    // This test's own process holds the lock, as a build that is still running would.
    const release = await acquireLock(lockPathFor("build", output), { purpose: `build into ${output}` });
    try {
      const second = await start(args, { BROADSHEET_LOCK_WAIT: "0" }).done;
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(
        /broadsheet build: \.cache\/locks\/build-site-\w+\.lock: another run \(pid \d+, build into .*site, since .*\) is still at work/,
      );
      expect(second.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await release();
    }
  }, 120_000);

  it("takes over a lock left by a process that is gone", async () => {
    const gone = start(["--help"]);
    await gone.done;
    const lock = lockPathFor("build", output);
    await mkdir(join(lock, ".."), { recursive: true });
    await writeFile(
      lock,
      JSON.stringify({ pid: gone.pid, started: new Date().toISOString(), purpose: "build (killed)" }),
    );
    const run = await start(args, { BROADSHEET_LOCK_WAIT: "0" }).done;
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toContain("Waiting");
    expect(existsSync(lock)).toBe(false);
  }, 120_000);
});

describe("an import killed at a random moment", () => {
  it(`leaves only whole articles (${KILLS} kills), and the next import completes them all`, async () => {
    const base = join(TEST_ROOT, "crash-import");
    const inbox = join(base, "inbox");
    const articles = join(base, "articles");
    await rm(base, { recursive: true, force: true });
    await mkdir(inbox, { recursive: true });
    const count = 300;
    for (let i = 0; i < count; i++) {
      await writeFile(
        join(inbox, `story-${i}.txt`),
        `Title: Harbour report number ${i}\nDate: 2025-06-${String((i % 27) + 1).padStart(2, "0")}\n\n` +
          `The harbour master published report number ${i} on Monday, covering ${i * 3} ships and ${i + 7} ferries. ` +
          `It said the ${i}th berth would reopen after repairs.\n\nThe next report, number ${i + 1}, is due in a week.\n`,
      );
    }
    const importAll = () =>
      start(["import", inbox, "--out", articles, "--report", join(base, "report.json"), "--quiet"]);
    const started = Date.now();
    const first = importAll();
    const startup = await waitFor(writing(articles), 60_000);
    await first.done;
    // How long the import writes, from its first file to its end.
    const duration = Date.now() - started - startup;
    const outcomes: string[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      await rm(articles, { recursive: true, force: true });
      const run = importAll();
      const t0 = Date.now();
      await waitFor(writing(articles), 60_000);
      await sleep(Math.round(duration * ((kill + Math.random()) / KILLS)));
      const delay = Date.now() - t0;
      run.kill();
      await run.done;
      const files = existsSync(articles) ? (await listFiles(articles)).filter((file) => file.endsWith(".md")) : [];
      for (const file of files) {
        const text = await readFile(join(articles, file), "utf8");
        // Whole: it parses, and its checksum (which covers every byte but its own line) still matches.
        expect(() => readArticleText(text)).not.toThrow();
        expect(isUntouched(text), file).toBe(true);
      }
      outcomes.push(`${delay} ms: ${files.length} whole article(s)`);
      const next = await importAll().done;
      expect(next.code, next.stderr).toBe(0);
      expect(next.stderr).toContain(`${count} file(s) in: ${count - files.length} imported, 0 updated`);
      const after = await listFiles(articles);
      expect(after.filter((file) => file.endsWith(".md"))).toHaveLength(count);
      expect(after.filter((file) => file.endsWith(".tmp"))).toEqual([]);
    }
    console.log(`import ${duration} ms; ${outcomes.join("; ")}`);
  }, 300_000);
});
