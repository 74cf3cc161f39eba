// Runs every import fixture: test/fixtures/import/<case>/input.* imported and checked against expected.json.
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readArticleText } from "../../src/model/article-file.ts";
import { importFiles } from "../../src/import/index.ts";
import { parseDate } from "../../src/import/parse-date.ts";

/** What one imported article must look like. */
interface ExpectedArticle {
  data: Record<string, unknown>;
  dateFrom: string;
  paragraphs: number;
  firstWords?: string;
  lastWords?: string;
  /** Exact reasons of the removals, each given by its start, in order (omit to check only `removedInclude`). */
  removed?: string[];
  /** Reasons (by their start) that must be among the removals, in any order. */
  removedInclude?: string[];
  /** Text that must be in the written article. */
  contains?: string[];
  /** Text that must be nowhere in the written article. */
  absent?: string[];
}

/** A fixture: one article (the fields above), or several (`articles`) from one file such as a feed. */
interface Expected extends Partial<ExpectedArticle> {
  options?: { date?: string; zone?: string };
  articles?: ExpectedArticle[];
  /** Items of the file that must be reported as failed, each by a piece of its message. */
  failed?: string[];
}

const root = "test/fixtures/import";
// A case folder holds expected.json; html-gold/ holds a set of its own (test/import/html-gold.test.ts).
const cases = (await readdir(root, { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, "expected.json")))
  .map((entry) => entry.name);
const temp = await mkdtemp(join(tmpdir(), "broadsheet-import-"));
afterAll(() => rm(temp, { recursive: true, force: true }));

describe.each(cases)("importing the %s fixture", async (name) => {
  const folder = join(root, name);
  const input = (await readdir(folder)).find((file) => file.startsWith("input."))!;
  const expected = JSON.parse(await readFile(join(folder, "expected.json"), "utf8")) as Expected;
  const articles = expected.articles ?? [expected as ExpectedArticle];
  const zone = expected.options?.zone ?? "UTC";
  const date = expected.options?.date ? parseDate(expected.options.date, zone) : undefined;
  const articlesDir = join(temp, name);
  const report = await importFiles([join(folder, input)], { articlesDir, zone, ...(date ? { date } : {}) });
  const imported = report.entries.filter((entry) => entry.outcome === "imported");

  it(`writes ${articles.length} article(s) and fails only the broken items`, () => {
    expect(imported).toHaveLength(articles.length);
    const failed = report.entries.filter((entry) => entry.outcome === "failed").map((entry) => entry.message);
    expect(failed).toHaveLength(expected.failed?.length ?? 0);
    for (const [i, piece] of (expected.failed ?? []).entries()) expect(failed[i]).toContain(piece);
  });

  describe.each(articles.map((article, index) => [index + 1, article] as const))("article %i", async (index, want) => {
    const entry = imported[index - 1];
    const text = entry?.article ? await readFile(entry.article, "utf8") : "";
    const { data, body } = readArticleText(text);
    const paragraphs = body.trim().split(/\n\n+/);
    const removed = report.removed
      .filter((removal) => removal.article === entry?.article)
      .map((removal) => removal.reason);

    it("fills the front matter as expected", () => {
      const written: Record<string, unknown> = { ...data, date: /^date: (.+)$/m.exec(text)?.[1] };
      for (const [key, value] of Object.entries(want.data)) expect(written[key], key).toEqual(value);
      expect((data["imported"] as { date_from: string }).date_from).toBe(want.dateFrom);
    });

    it("keeps every paragraph of the story, in order", () => {
      expect(paragraphs).toHaveLength(want.paragraphs);
      if (want.firstWords) expect(paragraphs[0]).toContain(want.firstWords);
      if (want.firstWords) expect(paragraphs[0]!.startsWith(want.firstWords)).toBe(true);
      if (want.lastWords) expect(paragraphs.at(-1)!.endsWith(want.lastWords)).toBe(true);
      for (const phrase of want.contains ?? []) expect(body).toContain(phrase);
    });

    it("reports each piece of junk it removed, with the reason", () => {
      if (want.removed) {
        expect(removed).toHaveLength(want.removed.length);
        for (const [i, reason] of want.removed.entries())
          expect(removed[i]!.startsWith(reason), `${removed[i]} / ${reason}`).toBe(true);
      }
      for (const reason of want.removedInclude ?? [])
        expect(
          removed.some((r) => r.startsWith(reason)),
          reason,
        ).toBe(true);
      for (const phrase of want.absent ?? []) expect(body).not.toContain(phrase);
    });

    it("files the article under its date and slug", () => {
      const day = String(want.data["date"]).slice(0, 10).replace(/-/g, "/");
      expect(entry?.article).toMatch(new RegExp(`${day}/[a-z0-9-]+\\.md$`));
    });
  });
});
