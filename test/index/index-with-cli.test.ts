// Pagefind's command-line indexer: the same fragments as its API, URLs it would change left to the API, failures reported.
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { buildSearchIndex, indexWithApi } from "../../src/index/build-search-index.ts";
import { cliCanIndex, indexWithCli } from "../../src/index/index-with-cli.ts";
import { searchRecord, type SearchRecord } from "../../src/index/search-record.ts";
import type { Story } from "../../src/model/make-story.ts";

const temporary: string[] = [];
afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function emptyFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "broadsheet-cli-index-"));
  temporary.push(dir);
  return dir;
}

/** Every fragment file of a bundle, by name, ungzipped. */
async function fragments(bundle: string): Promise<Map<string, string>> {
  const folder = join(bundle, "fragment");
  const names = (await readdir(folder)).sort();
  return new Map(
    await Promise.all(
      names.map(async (name) => [name, gunzipSync(await readFile(join(folder, name))).toString("utf8")] as const),
    ),
  );
}

const settings = { timezone: "UTC", locale: "en-GB", language: "en" };
const story = (n: number, overrides: Partial<Story> = {}): Story =>
  ({
    inputPath: `content/articles/2025/09/${10 + n}/story-${n}.md`,
    url: `/2025/09/${10 + n}/story-${n}/`,
    title: `Harbour story ${n}`,
    date: new Date(`2025-09-${10 + n}T10:00:00Z`),
    timeKnown: true,
    day: `2025-09-${10 + n}`,
    month: "2025-09",
    highlights: n % 2 ? [`Ferries sail again on route ${n}`] : [],
    summary: [`The harbour reopened for the ${n}th time.`],
    topics: [{ name: n % 3 ? "Transport" : "Weather", slug: n % 3 ? "transport" : "weather" }],
    people: n % 2 ? [{ name: "Ann Lee", slug: "ann-lee" }] : [],
    places: [{ name: "Dover", slug: "dover" }],
    source: { name: n % 2 ? "Wikinews" : "Harbour Gazette" },
    ...overrides,
  }) as Story;

const records = (count: number): SearchRecord[] =>
  Array.from({ length: count }, (_, n) =>
    searchRecord(
      story(n, n === 4 ? { language: "fr", title: "Le port rouvre" } : {}),
      `<p>The harbour at Dover reopened on Monday, report ${n}; ferries &amp; trawlers sailed ${"again ".repeat(n)}.</p>`,
      settings,
    ),
  );

describe("indexWithCli", () => {
  it("writes the fragments Pagefind's API writes, for the same pages in the same language", async () => {
    const dir = await emptyFolder();
    const input = records(9);
    await mkdir(join(dir, "scratch"));
    const cli = await indexWithCli(input, join(dir, "cli"), "en", join(dir, "scratch"));
    const api = await indexWithApi(input, join(dir, "api"), "en");
    expect(cli).toEqual({ pages: 9, errors: [] });
    expect(api).toEqual({ pages: 9, errors: [] });
    const fromCli = await fragments(join(dir, "cli"));
    expect(fromCli.size).toBe(9);
    expect([...fromCli]).toEqual([...(await fragments(join(dir, "api")))]);
    const entry = (bundle: string) => readFile(join(dir, bundle, "pagefind-entry.json"), "utf8").then(JSON.parse);
    expect((await entry("cli")).languages).toEqual({ en: expect.objectContaining({ page_count: 9 }) });
    // The pages it read are gone.
    expect(await readdir(join(dir, "scratch"))).toEqual([]);
  });

  it("writes the pages beside the bundle when the scratch folder cannot take them, and removes what killed runs left there", async () => {
    const dir = await emptyFolder();
    await writeFile(join(dir, "not-a-folder"), "");
    const beside = await indexWithCli(records(3), join(dir, "beside"), "en", join(dir, "not-a-folder"));
    expect(beside).toEqual({ pages: 3, errors: [] });
    expect((await fragments(join(dir, "beside"))).size).toBe(3);
    expect(existsSync(join(dir, "beside.pages"))).toBe(false);

    // A pages folder of a process that no longer runs (pid 2^22 + 1 is above Linux's largest) goes; this one's stays.
    const scratch = join(dir, "scratch");
    await mkdir(join(scratch, `broadsheet-pages-${2 ** 22 + 1}-abc123`, "2025"), { recursive: true });
    await mkdir(join(scratch, `broadsheet-pages-${process.pid}-def456`));
    await mkdir(join(scratch, "someone-elses"));
    expect(await indexWithCli(records(2), join(dir, "again"), "en", scratch)).toEqual({ pages: 2, errors: [] });
    expect((await readdir(scratch)).sort()).toEqual([`broadsheet-pages-${process.pid}-def456`, "someone-elses"]);
  });

  it("reports an indexer that fails, with what it said, and indexes nothing", async () => {
    const dir = await emptyFolder();
    const fake = join(dir, "pagefind-that-fails");
    await writeFile(fake, "#!/bin/sh\necho 'Error: the disk is full' >&2\nexit 3\n");
    await chmod(fake, 0o755);
    const before = process.env["PAGEFIND_EXTENDED_BINARY_PATH"];
    process.env["PAGEFIND_EXTENDED_BINARY_PATH"] = fake;
    try {
      const result = await buildSearchIndex(records(2), join(dir, "pagefind"), { language: "en" });
      expect(result.pages).toBe(0);
      expect(result.errors.map((error) => error.message)).toEqual([expect.stringMatching(/exit 3.*the disk is full/)]);
      expect(existsSync(join(dir, "pagefind.pages"))).toBe(false);
    } finally {
      if (before === undefined) delete process.env["PAGEFIND_EXTENDED_BINARY_PATH"];
      else process.env["PAGEFIND_EXTENDED_BINARY_PATH"] = before;
    }
  });
});

describe("cliCanIndex", () => {
  const at = (...urls: string[]) => urls.map((url) => ({ url, html: "" }));

  it("takes plain story URLs and leaves to the API those the indexer could change or merge", () => {
    expect(cliCanIndex(at("/2025/09/13/harbour/", "/2025/09/13/harbour-2/", "/a_b/c.d~e/"))).toBe(true);
    expect(cliCanIndex([])).toBe(false);
    expect(cliCanIndex(at("/2025/09/13/café/"))).toBe(false);
    expect(cliCanIndex(at("/2025/09/13/two words/"))).toBe(false);
    expect(cliCanIndex(at("/2025/09/13/harbour"))).toBe(false);
    expect(cliCanIndex(at("/2025/../harbour/"))).toBe(false);
    expect(cliCanIndex(at("/2025/09/13/Harbour/", "/2025/09/13/harbour/"))).toBe(false);
  });

  it("indexes a story whose URL has other letters through the API, under its own URL", async () => {
    const dir = await emptyFolder();
    const input = [searchRecord(story(1, { url: "/2025/09/11/café-crème/" }), "<p>Le café rouvre.</p>", settings)];
    const result = await buildSearchIndex(input, join(dir, "pagefind"), { language: "en" });
    expect(result).toMatchObject({ pages: 1, errors: [] });
    const [text] = (await fragments(join(dir, "pagefind"))).values();
    expect(JSON.parse(text!.replace(/^pagefind_dcd/, "")).url).toBe("/2025/09/11/café-crème/");
  });
});
