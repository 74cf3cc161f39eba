// Re-importing an unchanged inbox reads nothing, yet reports exactly what a full read would, and still notices changes.
import { appendFile, mkdtemp, readdir, rm, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../scripts/bench/generate-corpus.ts";
import { importFiles, type ImportReport } from "../../src/import/index.ts";

const scratch = await mkdtemp(join(tmpdir(), "broadsheet-manifest-"));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const outcomes = (report: ImportReport) =>
  report.entries.map((entry) => `${entry.outcome} ${entry.article ?? entry.input}`).sort();

describe("importing an inbox again", () => {
  it("reports every article unchanged, with the same removals and warnings as the first run", async () => {
    const inbox = join(scratch, "inbox");
    const articlesDir = join(scratch, "articles");
    await generateCorpus({ count: 40, seed: 9, dir: inbox });
    const first = await importFiles([inbox], { articlesDir, zone: "UTC" });
    const second = await importFiles([inbox], { articlesDir, zone: "UTC" });
    expect(second.entries.every((entry) => entry.outcome === "unchanged")).toBe(true);
    expect(outcomes(second)).toEqual(outcomes(first).map((line) => line.replace(/^imported/, "unchanged")));
    expect(second.removed).toEqual(first.removed);
    expect(second.warnings).toEqual(first.warnings);
  });

  it("imports an input that changed, and an article that was deleted, again", async () => {
    const inbox = join(scratch, "inbox2");
    const articlesDir = join(scratch, "articles2");
    await generateCorpus({ count: 5, seed: 10, dir: inbox });
    await importFiles([inbox], { articlesDir, zone: "UTC" });
    const [changed] = (await readdir(inbox)).sort();
    await appendFile(join(inbox, changed!), "\nOne more paragraph, added at the source after the first import.\n");
    const later = new Date(Date.now() + 5000);
    await utimes(join(inbox, changed!), later, later);
    const updated = await importFiles([inbox], { articlesDir, zone: "UTC" });
    expect(updated.entries.filter((entry) => entry.outcome === "updated").map((entry) => entry.input)).toEqual([
      join(inbox, changed!),
    ]);
    const victim = updated.entries.find((entry) => entry.outcome === "unchanged")!;
    await rm(victim.article!);
    const again = await importFiles([inbox], { articlesDir, zone: "UTC" });
    expect(again.entries.filter((entry) => entry.outcome !== "unchanged")).toEqual([
      { input: victim.input, outcome: "imported", article: victim.article },
    ]);
  });

  it("leaves a hand-edited article alone and says so on every run", async () => {
    const inbox = join(scratch, "inbox3");
    const articlesDir = join(scratch, "articles3");
    await generateCorpus({ count: 3, seed: 11, dir: inbox });
    const first = await importFiles([inbox], { articlesDir, zone: "UTC" });
    await appendFile(first.entries[0]!.article!, "\nA sentence the editor added.\n");
    for (let run = 0; run < 2; run++) {
      const report = await importFiles([inbox], { articlesDir, zone: "UTC" });
      expect(report.entries.filter((entry) => entry.outcome === "skipped")).toHaveLength(1);
    }
  });

  it("imports again an input that was edited while the run was importing it", async () => {
    const inbox = join(scratch, "inbox4");
    const articlesDir = join(scratch, "articles4");
    await generateCorpus({ count: 3, seed: 12, dir: inbox });
    const [first] = (await readdir(inbox)).sort();
    const edited = join(inbox, first!);
    let editing: Promise<void> | undefined;
    await importFiles([inbox], {
      articlesDir,
      zone: "UTC",
      // The first input has been read and imported; the editor saves a new paragraph before the run ends.
      onProgress: (done) => {
        if (done === 1) editing = appendFile(edited, "\nA paragraph saved while the import ran.\n");
      },
    });
    await editing;
    const next = await importFiles([inbox], { articlesDir, zone: "UTC" });
    expect(next.entries.filter((entry) => entry.outcome === "updated").map((entry) => entry.input)).toEqual([edited]);
  });
});
