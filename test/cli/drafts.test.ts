// Drafts stay private: no sequence of `start`, `build` and interruptions leaves a draft in a production build.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_ROOT } from "../helpers/build-site.ts";
import { freePort, waitFor } from "../helpers/wait-for.ts";

const root = join(TEST_ROOT, "drafts");
const content = join(root, "content");
const output = join(root, "site");
const DRAFT_TITLE = "Embargoed harbour deal signed";

const article = (title: string, date: string, extra: string, body: string) =>
  `---\ntitle: "${title}"\ndate: ${date}\ntags: [Harbours]\n${extra}---\n\n${body}\n`;
const articles: Record<string, string> = {
  "2025/09/10/harbour-reopens.md": article(
    "Harbour reopens after storm",
    "2025-09-10T09:00:00Z",
    "",
    "The harbour at Dover reopened on Monday after the storm damaged two piers, the port authority said.",
  ),
  "2025/09/11/ferries-return.md": article(
    "Ferries return to Dover harbour",
    "2025-09-11T09:00:00Z",
    "",
    "Ferries returned to Dover harbour on Tuesday, a day after the port authority reopened it.",
  ),
  // Shares the published stories' words and topic, so a leak would also show in their related stories.
  "2025/09/11/harbour-deal.md": article(
    DRAFT_TITLE,
    "2025-09-11T12:00:00Z",
    "draft: true\n",
    "The port authority at Dover harbour signed a deal for the storm-damaged piers, under embargo until Friday.",
  ),
};

interface Run {
  code: number;
  stderr: string;
}

/** Runs the CLI to its end; never throws for a non-zero exit. */
const broadsheet = (args: string[]) =>
  new Promise<Run>((resolve) => {
    execFile("node", ["bin/broadsheet.js", ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stderr }),
    );
  });
const build = (...extra: string[]) =>
  broadsheet(["build", "--no-import", "--content", content, "--output", output, ...extra]);

/** Every file of the built site as text, Pagefind's gzipped fragments and index chunks unpacked. */
async function siteFiles(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path);
    const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
    files.set(path, (gzipped ? gunzipSync(bytes) : bytes).toString("utf8"));
  }
  return files;
}

/** The files of the output that name the draft (its page, a listing, a feed, the sitemap, the search index). */
async function leaks(): Promise<string[]> {
  const files = await siteFiles(output);
  return [...files]
    .filter(
      ([path, text]) => path.includes("harbour-deal") || text.includes(DRAFT_TITLE) || text.includes("embargo until"),
    )
    .map(([path]) => path);
}

/** Starts `broadsheet start` into the production build's own folder (the worst case) and waits until it serves the draft. */
async function startServingDraft(): Promise<ChildProcess> {
  const port = await freePort();
  // A process group of its own, signalled whole as a terminal's Ctrl-C or a `kill -9` of the job would.
  const server = spawn(
    "node",
    ["bin/broadsheet.js", "start", "--port", String(port), "--content", content, "--output", output],
    { stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  let log = "";
  server.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const page = () => fetch(`http://localhost:${port}/2025/09/11/harbour-deal/`).then((response) => response.text());
  const up = await waitFor(async () => (await page()).includes(DRAFT_TITLE), 90_000);
  if (!up) {
    process.kill(-server.pid!, "SIGKILL");
    throw new Error(`broadsheet start did not serve the draft:\n${log}`);
  }
  return server;
}

/** Sends `signal` to the server's whole process group; after 15 s, SIGKILL. */
async function stop(server: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const exited = new Promise((done) => server.once("exit", done));
  process.kill(-server.pid!, signal);
  await Promise.race([exited, new Promise((done) => setTimeout(done, 15_000))]);
  try {
    process.kill(-server.pid!, "SIGKILL");
  } catch {
    // The group is gone already.
  }
}

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(join(content, "_data"), { recursive: true });
  await writeFile(
    join(content, "_data", "site.json"),
    JSON.stringify({ title: "Drafts test digest", url: "https://news.example.org" }),
  );
  for (const [path, text] of Object.entries(articles)) {
    await mkdir(join(content, "articles", path, ".."), { recursive: true });
    await writeFile(join(content, "articles", path), text);
  }
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe("drafts and production builds", () => {
  it("leaves a draft out of pages, related stories, feeds, sitemap and the search index", async () => {
    const first = await build();
    expect(first.stderr).toContain("Built");
    expect(first.code).toBe(0);
    expect(await leaks()).toEqual([]);
    const home = await readFile(join(output, "index.html"), "utf8");
    expect(home).toContain("Ferries return to Dover harbour");
  }, 120_000);

  it("skips an unchanged build", async () => {
    const again = await build();
    expect(again.stderr).toContain("Nothing changed");
    expect(again.code).toBe(0);
  }, 60_000);

  it("rebuilds without the draft after `start` previewed it in the same folder and was stopped", async () => {
    await stop(await startServingDraft(), "SIGINT");
    const after = await build();
    expect(after.stderr).not.toContain("Nothing changed");
    expect(after.code).toBe(0);
    expect(await leaks()).toEqual([]);
  }, 200_000);

  it("rebuilds without the draft after a `start` killed with SIGKILL", async () => {
    await stop(await startServingDraft(), "SIGKILL");
    const after = await build();
    expect(after.stderr).not.toContain("Nothing changed");
    expect(await leaks()).toEqual([]);
    expect((await build()).stderr).toContain("Nothing changed");
  }, 200_000);

  it("shows the draft in a --drafts preview build, and the next plain build takes it out", async () => {
    expect((await build("--drafts")).code).toBe(0);
    expect((await leaks()).length).toBeGreaterThan(0);
    const after = await build();
    expect(after.stderr).not.toContain("Nothing changed");
    expect(await leaks()).toEqual([]);
  }, 200_000);

  it("ignores a BROADSHEET_DRAFTS left in the environment by a preview", async () => {
    const leftover = await new Promise<Run>((resolve) =>
      execFile(
        "node",
        ["bin/broadsheet.js", "build", "--no-import", "--force", "--content", content, "--output", output],
        { env: { ...process.env, BROADSHEET_DRAFTS: "1" } },
        (error, _out, stderr) => resolve({ code: error ? 1 : 0, stderr }),
      ),
    );
    expect(leftover.code).toBe(0);
    expect(await leaks()).toEqual([]);
  }, 120_000);

  it("keeps a draft written as `draft: yes` out too, and names the file and field", async () => {
    const path = join(content, "articles", "2025/09/11/harbour-deal.md");
    await writeFile(path, articles["2025/09/11/harbour-deal.md"]!.replace("draft: true", "draft: yes"));
    const after = await build();
    expect(after.code).toBe(1);
    expect(after.stderr).toContain("harbour-deal.md");
    expect(after.stderr).toContain("draft");
    expect(await leaks()).toEqual([]);
  }, 120_000);
});
