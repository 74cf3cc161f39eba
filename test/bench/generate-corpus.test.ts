// The benchmark's corpus: deterministic, realistic in shape, and every file imports as one distinct article.
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateArticle, generateCorpus } from "../../scripts/bench/generate-corpus.ts";
import { loadSamples, SAMPLE_ARTICLES } from "../../scripts/bench/load-samples.ts";
import { importFiles } from "../../src/import/index.ts";

const scratch = await mkdtemp(join(tmpdir(), "broadsheet-corpus-"));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe("the benchmark corpus", () => {
  it("comes from the sample articles the repository ships, so a fresh clone can run the bench", () => {
    expect(SAMPLE_ARTICLES).toBe(resolve("content/articles"));
    const samples = loadSamples();
    expect(samples.length).toBeGreaterThan(300);
    expect(samples.find((sample) => sample.title.startsWith("Kh Asif stresses Pakistan"))?.paragraphs[0]).toContain(
      "Khawaja",
    );
  });

  it("reads a sample's Markdown as the plain text of a pasted story: link text kept, marks, drafts and captions dropped", async () => {
    const dir = join(scratch, "samples");
    await mkdir(join(dir, "2025", "01"), { recursive: true });
    const article = (front: string, body: string) => `---\n${front}\n---\n\n${body}\n`;
    await writeFile(
      join(dir, "2025", "01", "a.md"),
      article(
        "title: Ferry\ndate: 2025-01-02T10:00:00Z\ntags: [Transport]",
        "## Heading words\n\nThe [harbour office](https://example.org) said **ferries** would sail again on Monday morning.\n\nA caption.",
      ),
    );
    await writeFile(
      join(dir, "2025", "01", "b.md"),
      article(
        "title: Hidden\ndate: 2025-01-02\ndraft: true",
        "This draft should never feed the corpus of the bench at all, ever.",
      ),
    );
    const samples = loadSamples(dir);
    expect(samples).toEqual([
      {
        title: "Ferry",
        paragraphs: ["The harbour office said ferries would sail again on Monday morning."],
        tags: ["Transport"],
        groups: ["Transport", "year:2025"],
        date: "2025-01-02",
        url: "",
      },
    ]);
  });

  it("keeps the mix of names news has: a dozen or more names a story, some of them recurring across many stories", () => {
    const NAME = /\b[A-Z][a-zà-ÿ'’-]+(?:\s(?:of\s)?[A-Z][a-zà-ÿ'’-]+){1,3}\b/gu;
    const counts = new Map<string, number>();
    const perStory = Array.from({ length: 400 }, (_, i) => {
      const names = new Set(generateArticle(i).text.match(NAME) ?? []);
      for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
      return names.size;
    }).sort((a, b) => a - b);
    expect(perStory[200]).toBeGreaterThanOrEqual(12);
    expect(perStory[200]).toBeLessThanOrEqual(25);
    expect([...counts.values()].filter((count) => count >= 10).length).toBeGreaterThan(50);
  });

  it("gives the same files for the same seed and different ones for another seed", () => {
    expect(generateArticle(7, 1)).toEqual(generateArticle(7, 1));
    expect(generateArticle(7, 2).text).not.toEqual(generateArticle(7, 1).text);
  });

  it("nests: article i is the same in a corpus of 10 and one of 1,000", async () => {
    const { files } = await generateCorpus({ count: 3, seed: 1, dir: join(scratch, "nest"), start: 5 });
    expect(files.map((file) => file.split("/").pop())).toEqual([5, 6, 7].map((i) => generateArticle(i, 1).name).sort());
  });

  it("has news-like lengths: a median of 400-650 words and a long tail", () => {
    const words = Array.from({ length: 400 }, (_, i) => generateArticle(i).text.split(/\s+/).length).sort(
      (a, b) => a - b,
    );
    expect(words[200]).toBeGreaterThan(400);
    expect(words[200]).toBeLessThan(650);
    expect(words[399]).toBeGreaterThan(2 * words[200]!);
  });

  it("uses the headers, datelines, highlights and junk the importer reads", () => {
    const texts = Array.from({ length: 300 }, (_, i) => generateArticle(i).text);
    const share = (pattern: RegExp) => texts.filter((text) => pattern.test(text)).length / texts.length;
    expect(share(/^Title: /m)).toBeGreaterThan(0.6);
    expect(share(/^Tags: /m)).toBeGreaterThan(0.2);
    expect(share(/^- /m)).toBeGreaterThan(0.1);
    expect(share(/^[A-Z][A-Z. ]+(?: \((?:Reuters|AP|AFP)\) -|:|, [A-Z][a-z]+\.? \d+ —) /m)).toBeGreaterThan(0.4);
    expect(share(/^(Read more: |© )/m)).toBeGreaterThan(0.05);
    expect(share(/T23:\d\d:00/)).toBeGreaterThan(0.05);
  });

  it("imports every file as its own article, with a date and nothing failed", async () => {
    const inbox = join(scratch, "inbox");
    await generateCorpus({ count: 60, seed: 3, dir: inbox });
    const report = await importFiles([inbox], { articlesDir: join(scratch, "articles"), zone: "UTC" });
    expect(report.entries.filter((entry) => entry.outcome !== "imported")).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.removed.length).toBeGreaterThan(0);
    const years = await readdir(join(scratch, "articles"));
    expect(years.sort()).toEqual(["2024", "2025"]);
  });

  it("re-imports as unchanged, also when two stories share a headline and a day (the bench's no-change rebuild)", async () => {
    const inbox = join(scratch, "again");
    await generateCorpus({ count: 30, seed: 4, dir: inbox });
    const twin = (opening: string) =>
      `Title: Storm hits coast\nDate: 2025-03-04T10:00:00Z\n\n${opening} on Tuesday, officials said.\n\nRepairs will take a week.\n`;
    await writeFile(join(inbox, "twin-a.txt"), twin("A powerful storm cut power to thousands of homes in the north"));
    await writeFile(join(inbox, "twin-b.txt"), twin("Fishermen in the southern villages counted dozens of boats lost"));
    const articlesDir = join(scratch, "again-articles");
    const first = await importFiles([inbox], { articlesDir, zone: "UTC" });
    expect(first.entries.filter((entry) => entry.outcome !== "imported")).toEqual([]);
    const second = await importFiles([inbox], { articlesDir, zone: "UTC" });
    expect(second.entries.filter((entry) => entry.outcome !== "unchanged")).toEqual([]);
    const day = await readdir(join(articlesDir, "2025", "03", "04"));
    expect(day.filter((name) => name.startsWith("storm-hits-coast"))).toHaveLength(2);
  });
});
