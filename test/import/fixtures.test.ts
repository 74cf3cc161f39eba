// Runs every import fixture: test/fixtures/import/<case>/input.* imported and checked against expected.json.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readArticleText } from "../../src/import/article-file.ts";
import { importFiles } from "../../src/import/index.ts";
import { parseDate } from "../../src/import/parse-date.ts";

interface Expected {
  options?: { date?: string; zone?: string };
  data: Record<string, unknown>;
  dateFrom: string;
  paragraphs: number;
  firstWords?: string;
  lastWords?: string;
  /** Reasons of the removals, each given by its start, in order. */
  removed: string[];
  /** Text that must be nowhere in the written article. */
  absent?: string[];
}

const root = "test/fixtures/import";
const cases = (await readdir(root, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const temp = await mkdtemp(join(tmpdir(), "broadsheet-import-"));
afterAll(() => rm(temp, { recursive: true, force: true }));

describe.each(cases)("importing the %s fixture", async (name) => {
  const folder = join(root, name);
  const input = (await readdir(folder)).find((file) => file.startsWith("input."))!;
  const expected = JSON.parse(await readFile(join(folder, "expected.json"), "utf8")) as Expected;
  const zone = expected.options?.zone ?? "UTC";
  const date = expected.options?.date ? parseDate(expected.options.date, zone) : undefined;
  const articlesDir = join(temp, name);
  const report = await importFiles([join(folder, input)], { articlesDir, zone, ...(date ? { date } : {}) });
  const entry = report.entries[0]!;

  it("writes one article", () => {
    expect(report.entries.map((e) => e.outcome)).toEqual(["imported"]);
  });

  const text = entry.article ? await readFile(entry.article, "utf8") : "";
  const { data, body } = readArticleText(text);
  const paragraphs = body.trim().split(/\n\n+/);

  it("fills the front matter as expected", () => {
    const written = { ...data, date: /^date: (.+)$/m.exec(text)?.[1] };
    for (const [key, value] of Object.entries(expected.data)) expect(written[key], key).toEqual(value);
    expect((data["imported"] as { date_from: string }).date_from).toBe(expected.dateFrom);
  });

  it("keeps every paragraph of the story, in order", () => {
    expect(paragraphs).toHaveLength(expected.paragraphs);
    if (expected.firstWords) expect(paragraphs[0]!.startsWith(expected.firstWords)).toBe(true);
    if (expected.lastWords) expect(paragraphs.at(-1)!.endsWith(expected.lastWords)).toBe(true);
  });

  it("reports each piece of junk it removed, with the reason", () => {
    expect(report.removed.map((r) => r.reason)).toHaveLength(expected.removed.length);
    expected.removed.forEach((reason, i) => expect(report.removed[i]!.reason.startsWith(reason)).toBe(true));
    for (const phrase of expected.absent ?? []) expect(text).not.toContain(phrase);
  });

  it("files the article under its date and slug", () => {
    const day = String(expected.data["date"]).slice(0, 10).replace(/-/g, "/");
    expect(entry.article).toMatch(new RegExp(`${day}/[a-z0-9-]+\\.md$`));
  });
});
