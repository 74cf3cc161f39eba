// `broadsheet start`: the dev server serves the digest and redraws what an edited or added article touches, not every page.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_ROOT } from "../helpers/build-site.ts";
import { freePort, waitFor } from "../helpers/wait-for.ts";

const root = join(TEST_ROOT, "start");
const content = join(root, "content");
const output = join(root, "site");

const article = (title: string, date: string, body: string, tag = "Harbours") =>
  `---\ntitle: ${title}\ndate: ${date}\ntags: [${tag}]\n---\n${body}\n`;
const articles: Record<string, string> = {
  "2025/09/10/harbour-reopens.md": article(
    "Harbour reopens after storm",
    "2025-09-10T09:00:00Z",
    "The harbour at Dover reopened on Monday after the storm damaged two piers.",
  ),
  "2025/09/11/ferries-return.md": article(
    "Ferries return to Dover",
    "2025-09-11T09:00:00Z",
    "Ferries returned to Dover on Tuesday, a day after the harbour reopened.",
  ),
  "2025/09/12/pier-repairs.md": article(
    "Pier repairs to take a year",
    "2025-09-12T09:00:00Z",
    "Repairs to the two piers damaged in the storm will take a year, the port said.",
  ),
  "2025/09/09/library-hours.md": article(
    "Library extends opening hours",
    "2025-09-09T09:00:00Z",
    "The county library in Canterbury will open on Sundays from October, its board decided.",
    "Libraries",
  ),
};

let server: ChildProcess;
let base: string;
let log = "";
const page = (path: string) => fetch(new URL(path, base)).then((response) => response.text());

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(join(content, "_data"), { recursive: true });
  await writeFile(join(content, "_data", "site.json"), JSON.stringify({ title: "Start test digest" }));
  for (const [path, text] of Object.entries(articles)) {
    await mkdir(join(content, "articles", path, ".."), { recursive: true });
    await writeFile(join(content, "articles", path), text);
  }
  const port = await freePort();
  base = `http://localhost:${port}/`;
  server = spawn(
    "node",
    ["bin/broadsheet.js", "start", "--port", String(port), "--content", content, "--output", output],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  server.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const up = await waitFor(async () => (await page("2025/09/12/pier-repairs/")).includes("Pier repairs"), 90_000);
  if (!up) throw new Error(`broadsheet start did not serve the site:\n${log}`);
}, 120_000);

afterAll(async () => {
  server?.kill("SIGINT");
  await new Promise((done) => setTimeout(done, 500));
  if (server && server.exitCode === null) server.kill("SIGKILL");
  await rm(root, { recursive: true, force: true });
});

describe("broadsheet start", () => {
  it("redraws an edited article's page and the pages that show it, and leaves the other articles' pages as they were", async () => {
    const untouched = join(output, "2025", "09", "09", "library-hours", "index.html");
    const before = (await stat(untouched)).mtimeMs;
    const editionBefore = await page("2025/09/12/");
    const path = join(content, "articles", "2025/09/12/pier-repairs.md");
    await writeFile(path, (await readFile(path, "utf8")).replace("will take a year", "will take eighteen months"));
    expect(
      await waitFor(async () => (await page("2025/09/12/pier-repairs/")).includes("eighteen months"), 60_000),
    ).toBe(true);
    // The day's edition, which shows the edited story in brief, shows its new brief.
    expect(editionBefore).toContain("will take a year");
    expect(await page("2025/09/12/")).toContain("eighteen months");
    expect((await stat(untouched)).mtimeMs).toBe(before);
  }, 90_000);

  it("puts an added article on the home page, in its edition and in the search index", async () => {
    await mkdir(join(content, "articles", "2025/09/13"), { recursive: true });
    await writeFile(
      join(content, "articles", "2025/09/13/new-ferry-route.md"),
      article(
        "New ferry route to Calais",
        "2025-09-13T09:00:00Z",
        "A new ferry route from Dover to Calais opens in the spring, the operator said.",
      ),
    );
    expect(await waitFor(async () => (await page("")).includes("New ferry route to Calais"), 60_000)).toBe(true);
    expect(await page("2025/09/13/")).toContain("New ferry route to Calais");
    const indexedPages = async () => {
      const entry = JSON.parse(await readFile(join(output, "pagefind", "pagefind-entry.json"), "utf8")) as {
        languages: Record<string, { page_count: number }>;
      };
      return entry.languages["en"]?.page_count;
    };
    expect(await waitFor(async () => (await indexedPages()) === 5, 30_000)).toBe(true);
    // The pages reload without waiting for the index (a minute at 10,000 articles); the log says when search caught up.
    expect(await waitFor(async () => log.includes("Search index updated: 5 stories."), 10_000), log).toBe(true);
  }, 90_000);
});
