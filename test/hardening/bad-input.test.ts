// The bad-input corpus: every broken file gives a clear message naming it, the good files of the same run
// are all imported, the counts add up, the exit code says something failed, and nothing crashes.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { readArticleText } from "../../src/model/article-file.ts";
import { importFiles } from "../../src/import/index.ts";
import { buildContent } from "../helpers/build-site.ts";
import { makeBadInputs } from "./make-bad-inputs.ts";

const exec = promisify(execFile);
const temp = await mkdtemp(join(tmpdir(), "broadsheet-bad-"));
afterAll(() => rm(temp, { recursive: true, force: true }));
const inbox = join(temp, "inbox");
await makeBadInputs(inbox);

/** What each file of the corpus must give: its outcomes in order, and a piece of each message or warning. */
const EXPECTED: Record<string, { outcomes: string[]; message?: RegExp; warning?: RegExp }> = {
  "empty.txt": { outcomes: ["failed"], message: /empty\.txt: the file is empty$/ },
  "whitespace-only.txt": { outcomes: ["failed"], message: /whitespace-only\.txt: the file holds only white space/ },
  "picture.txt": { outcomes: ["skipped"], message: /not a text file/ },
  "huge.txt": {
    outcomes: ["failed"],
    message: /huge\.txt: the file is 50\.0 MB, over the 10\.0 MB limit .* was not read/,
  },
  "invalid-utf8.txt": {
    outcomes: ["imported"],
    warning: /^line 1: not valid UTF-8 \(byte 0xe9 at offset 10\); read as Windows-1252/,
  },
  "truncated-utf16.txt": { outcomes: ["imported"], warning: /UTF-16LE file ends in the middle of a character/ },
  "no-article.html": { outcomes: ["failed"], message: /no-article\.html: no article text found in the page/ },
  "only-script.html": { outcomes: ["failed"], message: /only-script\.html: no article text found in the page/ },
  "broken-item.rss": {
    outcomes: ["failed", "imported", "imported"],
    message: /broken-item\.rss:13: item 2 .* has no text/,
  },
  "malformed-yaml.md": {
    outcomes: ["failed"],
    message:
      /malformed-yaml\.md:5: the front matter is not valid YAML: unexpected end of the stream within a double quoted scalar$/,
  },
  "wrong-date.md": { outcomes: ["failed"], message: /wrong-date\.md:3: date: "yesterday" is not a date/ },
  "wrong-tags.md": { outcomes: ["imported"], warning: /^line 4: tags: 5 is not a list of text/ },
  "long-title.txt": { outcomes: ["imported"], warning: /^the title is 5000 characters long; cut to 300/ },
  "a ..b ünï.txt": { outcomes: ["imported"] },
  "broken-link.txt": { outcomes: ["failed"], message: /broken-link\.txt: no such file or folder$/ },
  "good-story.txt": { outcomes: ["imported"] },
  "good-story.md": { outcomes: ["imported"] },
  "good-page.html": { outcomes: ["imported"] },
};

describe("importing the bad-input corpus", async () => {
  const articlesDir = join(temp, "articles");
  const report = await importFiles([inbox], { articlesDir, zone: "UTC" });
  const entriesOf = (name: string) => report.entries.filter((entry) => entry.input === join(inbox, name));

  it("has an expectation for every file of the corpus", () => {
    const inputs = new Set(report.entries.map((entry) => entry.input.slice(inbox.length + 1)));
    expect([...inputs].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("%s gives the expected outcome and message", (name, want) => {
    const entries = entriesOf(name);
    expect(entries.map((entry) => entry.outcome)).toEqual(want.outcomes);
    if (want.message) expect(entries.find((entry) => entry.message)?.message).toMatch(want.message);
    const warnings = report.warnings
      .filter((warning) => warning.input === join(inbox, name))
      .map((warning) => warning.message);
    if (want.warning)
      expect(
        warnings.some((warning) => want.warning!.test(warning)),
        warnings.join("\n"),
      ).toBe(true);
    else expect(warnings).toEqual([]);
  });

  it("accounts for every file: entries = written + unchanged + skipped + failed, and every file has one", () => {
    const { counts } = report;
    expect(counts.files).toBe(Object.keys(EXPECTED).length);
    expect(counts.entries).toBe(report.entries.length);
    expect(counts.written + counts.unchanged + counts.skipped + counts.failed).toBe(counts.entries);
    expect(counts).toMatchObject({ written: 10, imported: 10, updated: 0, unchanged: 0, skipped: 1, failed: 9 });
  });

  it("writes every good article whole, with a title of at most 300 characters", async () => {
    for (const entry of report.entries.filter((e) => e.outcome === "imported")) {
      const { data, body } = readArticleText(await readFile(entry.article!, "utf8"));
      expect(String(data["title"]).length).toBeLessThanOrEqual(300);
      expect(body.trim().length).toBeGreaterThan(20);
    }
  });

  it("reads invalid UTF-8 as Windows-1252 and keeps the whole of a cut UTF-16 file but its last byte", async () => {
    const article = (name: string) => readFile(entriesOf(name)[0]!.article!, "utf8");
    expect(await article("invalid-utf8.txt")).toContain("title: Café owner wins the “best breakfast” prize");
    expect(await article("truncated-utf16.txt")).toContain("The corrected tables");
  });

  it("the CLI reports each problem by file, prints the counts and exits 1, in bounded memory", async () => {
    const args = [
      "bin/broadsheet.js",
      "import",
      inbox,
      "--out",
      join(temp, "cli-articles"),
      "--report",
      join(temp, "report.json"),
    ];
    // A small heap: the 50 MB file must be refused unread, not loaded.
    const result = await exec("node", ["--max-old-space-size=160", ...args]).then(
      (done) => ({ code: 0, stderr: done.stderr }),
      (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "18 file(s) in: 10 imported, 0 updated (10 written), 0 unchanged, 1 skipped, 9 failed (20 outcome(s) in all)",
    );
    for (const name of ["empty.txt", "huge.txt", "malformed-yaml.md:5", "broken-item.rss:13", "wrong-date.md:3"])
      expect(result.stderr).toContain(`${join(inbox, name)}`);
    expect(result.stderr).toContain("warning  ");
    const saved = JSON.parse(await readFile(join(temp, "report.json"), "utf8")) as { counts: { failed: number } };
    expect(saved.counts.failed).toBe(9);
  });
});

describe("building articles with broken front matter", async () => {
  const good = (title: string) =>
    `---\ntitle: ${title}\ndate: 2025-06-10T09:00:00Z\n---\n\nThe harbour bridge reopened to traffic on Tuesday morning after a month of repairs to its deck.\n`;
  const site = await buildContent("bad-front-matter", {
    "2025/06/10/good-one.md": good("Harbour bridge reopens"),
    "2025/06/10/good-two.md": good("Market moves to the rail yard"),
    "2025/06/10/malformed.md": await readFile("test/fixtures/bad/malformed-yaml.md", "utf8"),
    "2025/06/10/wrong-date.md": await readFile("test/fixtures/bad/wrong-date.md", "utf8"),
    "2025/06/10/wrong-tags.md": await readFile("test/fixtures/bad/wrong-tags.md", "utf8"),
    "2025/06/10/engine-override.md": "---\ntemplateEngineOverride: njk,md\n---\n\nThe answer is {{ 6 * 7 }}.\n",
  });

  it("leaves each bad article out with a message naming the file and the field, and exits 1", () => {
    expect(site.code).toBe(1);
    const where = (name: string) => `${site.content}/articles/2025/06/10/${name}`;
    expect(site.stderr).toMatch(new RegExp(`${where("malformed.md")}: line 5: front matter is not valid YAML`));
    expect(site.stderr).toContain(`${where("wrong-date.md")}: date: required, as ISO 8601`);
    expect(site.stderr).toContain(`${where("wrong-tags.md")}: tags: must be a list of text`);
    expect(site.stderr).toContain(`${where("engine-override.md")}: templateEngineOverride: not allowed in an article`);
  });

  it("builds every other page", async () => {
    const page = (path: string) => readFile(join(site.output, path), "utf8");
    expect(await page("2025/06/10/good-one/index.html")).toContain("Harbour bridge reopens");
    expect(await page("2025/06/10/good-two/index.html")).toContain("Market moves to the rail yard");
    expect(await page("index.html")).toContain("Harbour bridge reopens");
    for (const name of ["malformed", "wrong-date", "wrong-tags", "engine-override"]) {
      await expect(page(`2025/06/10/${name}/index.html`)).rejects.toThrow();
    }
  });
});
