// A build that reuses cached summaries and search-index shards writes the same site, byte for byte, as a clean build.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { TEST_ROOT } from "../helpers/build-site.ts";

const run = promisify(execFile);
const root = join(TEST_ROOT, "incremental-exact");

/** Every file of a built site with the SHA-256 of its bytes, by path within it. */
async function contentsOf(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else
        out[relative(dir, path)] = createHash("sha256")
          .update(await readFile(path))
          .digest("hex");
    }
  };
  await walk(dir);
  return out;
}

/** Builds `content` into `output` with its caches in `caches` (summaries and search shards); returns what it printed. */
async function build(content: string, output: string, caches: string, timings?: string): Promise<string> {
  const { stderr } = await run(
    "node",
    ["bin/broadsheet.js", "build", "--no-import", "--force", "--content", content, "--output", output],
    {
      maxBuffer: 64 * 1024 * 1024,
      env: {
        ...process.env,
        BROADSHEET_SUMMARY_CACHE: join(caches, "summaries"),
        BROADSHEET_SEARCH_CACHE: join(caches, "search-shards"),
        ...(timings ? { BROADSHEET_TIMINGS: timings } : {}),
      },
    },
  );
  return stderr;
}

/** The pages the command linked from the last build while its drawing process started, as its timings tell. */
async function linkedPages(timings: string): Promise<number | undefined> {
  const lines = (await readFile(timings, "utf8")).split("\n").filter(Boolean);
  const linked = lines
    .map((line) => JSON.parse(line) as { stage: string; pages?: number })
    .find((timing) => timing.stage === "link-pages");
  return linked?.pages;
}

describe("an incremental build", () => {
  it("writes the same bytes as a clean build of the same content, after a story is added to a site built before", async () => {
    await rm(root, { recursive: true, force: true });
    const content = join(root, "content");
    await mkdir(join(content, "_data"), { recursive: true });
    // Several shards, so that the build after the new story reuses some and indexes one again.
    await writeFile(
      join(content, "_data", "site.json"),
      JSON.stringify({ title: "Exact digest", searchShardStories: 3 }),
    );
    const story = async (month: string, n: number) => {
      const folder = join(content, "articles", month.replace("-", "/"), "10");
      await mkdir(folder, { recursive: true });
      await writeFile(
        join(folder, `ferry-${n}.md`),
        `---\ntitle: Ferry news ${n}\ndate: ${month}-10T09:00:00Z\ntags: [Ports]\n---\n\nThe ferry to the island sailed on time on day ${n}, the operator said.\n\nPassengers from Dover praised the crew, and the operator said more sailings would follow.\n`,
      );
    };
    for (const [n, month] of ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"].entries())
      await story(month, n);
    const warm = join(root, "caches-warm");
    await build(content, join(root, "first"), warm);
    await story("2025-06", 99);
    await build(content, join(root, "incremental"), warm);
    await build(content, join(root, "clean"), join(root, "caches-clean"));
    const incremental = await contentsOf(join(root, "incremental"));
    expect(Object.keys(incremental)).toContain("2025/06/10/ferry-99/index.html");
    expect(Object.keys(incremental).filter((path) => path.startsWith("pagefind/shards/")).length).toBeGreaterThan(0);
    expect(incremental).toEqual(await contentsOf(join(root, "clean")));
  }, 900_000);

  it("writes the same bytes as a clean build when it takes unchanged pages (stories', editions', listings') from the last build into its folder", async () => {
    const base = join(root, "reuse");
    await rm(base, { recursive: true, force: true });
    const content = join(base, "content");
    await mkdir(join(content, "_data"), { recursive: true });
    await writeFile(join(content, "_data", "site.json"), JSON.stringify({ title: "Exact digest" }));
    const story = async (day: string, n: number, extra = "") => {
      const folder = join(content, "articles", "2025", "05", day);
      await mkdir(folder, { recursive: true });
      await writeFile(
        join(folder, `story-${n}.md`),
        `---\ntitle: Harbour news ${n}\ndate: 2025-05-${day}T09:00:00Z\ntags: [${n % 2 ? "Ports" : "Weather"}]\n---\n\nThe harbour at Dover ${n % 2 ? "took in ships" : "closed in the storm"} on day ${n}, the port said.${extra}\n\nFerries to Calais ran as planned, and the crews said more sailings would follow.\n`,
      );
    };
    for (let n = 1; n <= 8; n++) await story(String(n + 10), n);
    const output = join(base, "site");
    const caches = join(base, "caches");
    await build(content, output, caches);
    // The file of each edition page: a page taken from the last build is the same file (a hard link), not a copy.
    const editionFiles = async () =>
      Promise.all(
        (await readdir(join(output, "2025", "05"))).map(async (day) =>
          stat(join(output, "2025", "05", day, "index.html")).then(
            (info) => `${day} ${info.ino}`,
            () => `${day} none`,
          ),
        ),
      );
    const before = await editionFiles();
    // An edit to one story (its related stories show its new brief) and a new one.
    await story("13", 3, " Repairs will take eighteen months.");
    await story("20", 99);
    const timings = join(base, "timings.jsonl");
    const again = await build(content, output, caches, timings);
    expect(again).toMatch(/took \d+ unchanged pages from the last build/);
    // The command linked every page of the first build into the new folder while the drawing process started (the
    // drawing process then removed the links of the pages it drew again).
    expect(await linkedPages(timings)).toBeGreaterThan(8);
    const after = new Set(await editionFiles());
    const kept = before.filter((file) => after.has(file));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(before.length);
    await build(content, join(base, "clean"), join(base, "caches-clean"));
    const reused = await contentsOf(output);
    expect(reused["2025/05/13/story-3/index.html"]).toBeDefined();
    expect(reused).toEqual(await contentsOf(join(base, "clean")));

    // The next build starts from the site before the last (kept beside it as the spare), and changes there only what
    // differs: none of the live site's files changes meanwhile, though most are the same files (hard links).
    await rm(join(content, "articles", "2025", "05", "18"), { recursive: true });
    await story("15", 5, " The port closed again on Friday.");
    await rm(timings, { force: true });
    await build(content, output, caches, timings);
    expect(await linkedPages(timings)).toBeGreaterThan(8);
    expect(await contentsOf(join(base, ".site.spare"))).toEqual(reused);
    await build(content, join(base, "clean-3"), join(base, "caches-clean-3"));
    const third = await contentsOf(output);
    expect(Object.keys(third).some((path) => path.startsWith("2025/05/18/"))).toBe(false);

    expect(existsSync(join(output, "2025", "05", "18"))).toBe(false);
    expect(third).toEqual(await contentsOf(join(base, "clean-3")));
  }, 900_000);
});
