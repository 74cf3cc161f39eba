// Identity and safety of an import: one article per story across formats, re-runs that change nothing, hand edits kept.
import { mkdir, mkdtemp, readFile, readdir, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importFiles } from "../../src/import/index.ts";
import { decodeBytes } from "../../src/import/read-input.ts";

const temp = await mkdtemp(join(tmpdir(), "broadsheet-identity-"));
afterAll(() => rm(temp, { recursive: true, force: true }));

// Original text written for these tests; the story is invented.
const paragraphs = [
  "The county's last working windmill turned its sails again on Saturday, after volunteers spent three winters rebuilding the cap that a storm tore off in 2021.",
  '"We didn\'t know if the old machinery would take the strain," said the mill\'s chairman, Peter Lang. "It sounded like a ship in a gale, but it ground flour."',
  "The restoration cost £310,000, most of it raised by the village, and the mill will open to visitors on the first Sunday of each month.",
];

/** Every file under `folder` with its bytes, to prove a run changed none. */
async function snapshot(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.set(path, (await readFile(path)).toString("base64"));
    }
  };
  await walk(folder);
  return files;
}

describe("importing the same story twice", async () => {
  const inbox = join(temp, "same-story");
  const articlesDir = join(temp, "same-story-articles");
  await mkdir(inbox, { recursive: true });
  await writeFile(
    join(inbox, "windmill.txt"),
    `Title: Windmill turns again\nDate: 2025-06-14\n\n${paragraphs.join("\n\n")}\n`,
  );
  // The same text as a saved page, with curly quotes, the apostrophe ’ and a link where the text file has none.
  const html = paragraphs
    .map(
      (p) =>
        `<p>${p
          .replace(/"([^"]*)"/g, "“$1”")
          .replace(/'/g, "’")
          .replace("the village", '<a href="https://mill.example.org">the village</a>')}</p>`,
    )
    .join("\n");
  await writeFile(
    join(inbox, "windmill.html"),
    `<!doctype html><html lang="en"><head><meta property="og:title" content="Windmill turns again"><meta property="article:published_time" content="2025-06-14"></head><body><article><h1>Windmill turns again</h1>${html}</article></body></html>`,
  );
  const inputsBefore = await snapshot(inbox);
  const first = await importFiles([inbox], { articlesDir, zone: "UTC" });
  const written = await snapshot(articlesDir);
  const second = await importFiles([inbox], { articlesDir, zone: "UTC" });

  it("yields one article when the same text comes as .txt and as .html", () => {
    expect(first.entries.map((entry) => entry.outcome).sort()).toEqual(["imported", "skipped"]);
    expect(first.entries.find((entry) => entry.outcome === "skipped")!.message).toMatch(/the same story as .*windmill/);
    expect(written.size).toBe(1);
  });

  it("reports everything unchanged on a re-run and changes no byte", async () => {
    expect(second.entries.map((entry) => entry.outcome).sort()).toEqual(["skipped", "unchanged"]);
    expect(await snapshot(articlesDir)).toEqual(written);
  });

  it("never modifies the raw inputs", async () => {
    expect(await snapshot(inbox)).toEqual(inputsBefore);
  });

  it("never overwrites an article edited by hand, and names it in a warning", async () => {
    const [path, base64] = [...written][0]!;
    const edited = Buffer.from(base64, "base64")
      .toString("utf8")
      .replace("Windmill turns again", "Windmill turns again at last");
    await writeFile(path, edited);
    const third = await importFiles([join(inbox, "windmill.txt")], { articlesDir, zone: "UTC" });
    expect(third.entries[0]!.outcome).toBe("skipped");
    expect(third.warnings[0]!.message).toMatch(/was edited by hand; not overwritten/);
    expect(third.warnings[0]!.message).toContain(path.split("/").at(-1));
    expect(await readFile(path, "utf8")).toBe(edited);
  });
});

describe("importing into a folder the importer has seen before", async () => {
  // The importer remembers which story each article holds (by its size and time) so that it need not read a large
  // folder again; what a reader or editor did to the folder in between must still count.
  const inbox = join(temp, "remembered");
  const articlesDir = join(temp, "remembered-articles");
  await mkdir(inbox, { recursive: true });
  await writeFile(
    join(inbox, "windmill.txt"),
    `Title: Windmill turns again\nDate: 2025-06-14\n\n${paragraphs.join("\n\n")}\n`,
  );
  await importFiles([join(inbox, "windmill.txt")], { articlesDir, zone: "UTC" });
  const [path] = [...(await snapshot(articlesDir)).keys()];
  // A second story makes the importer look at the folder, and remember the windmill's article.
  await writeFile(
    join(inbox, "ferry.txt"),
    "Title: Ferry returns\nDate: 2025-06-15\n\nThe island ferry sailed again on Sunday after a month in dry dock, its owners said.\n",
  );
  await importFiles([inbox], { articlesDir, zone: "UTC" });

  it("never overwrites an article edited by hand after it was remembered", async () => {
    const edited = (await readFile(path!, "utf8")).replace("Windmill turns again", "Windmill turns again at last");
    await writeFile(path!, edited);
    const run = await importFiles([inbox], { articlesDir, zone: "UTC" });
    expect(run.entries.find((entry) => entry.input.endsWith("windmill.txt"))!.outcome).toBe("skipped");
    expect(run.warnings.map((warning) => warning.message).join("\n")).toMatch(/was edited by hand; not overwritten/);
    expect(await readFile(path!, "utf8")).toBe(edited);
  });

  it("imports a story again when its remembered article was deleted", async () => {
    await rm(path!);
    const run = await importFiles([inbox], { articlesDir, zone: "UTC" });
    expect(run.entries.find((entry) => entry.input.endsWith("windmill.txt"))!.outcome).toBe("imported");
    expect(await readFile(path!, "utf8")).toContain("Windmill turns again\n");
  });
});

describe("an article file with no date", () => {
  it("takes the file time, flags it in the article and warns about it", async () => {
    const inbox = join(temp, "no-date");
    await mkdir(inbox, { recursive: true });
    const path = join(inbox, "undated-note.txt");
    await writeFile(path, `${paragraphs.join("\n\n")}\n`);
    // Git checkouts reset modification times, so the test sets its own.
    const time = new Date("2024-11-05T14:30:00Z");
    await utimes(path, time, time);
    const articlesDir = join(temp, "no-date-articles");
    const report = await importFiles([path], { articlesDir, zone: "UTC" });
    expect(report.entries[0]!.outcome).toBe("imported");
    expect(report.entries[0]!.article).toMatch(/2024\/11\/05\/[a-z0-9-]+\.md$/);
    const text = await readFile(report.entries[0]!.article!, "utf8");
    expect(text).toMatch(/^date: 2024-11-05T14:30:00Z$/m);
    expect(text).toMatch(/date_from: file-time/);
    expect(report.warnings[0]!.message).toMatch(/no date in the file: took the file time/);
  });
});

describe("a dry run", () => {
  it("reports what would be imported and writes nothing", async () => {
    const articlesDir = join(temp, "dry-run-articles");
    const report = await importFiles(["test/fixtures/import/reuters-dateline/input.txt"], {
      articlesDir,
      zone: "UTC",
      dryRun: true,
    });
    expect(report.entries[0]!.outcome).toBe("imported");
    await expect(stat(articlesDir)).rejects.toThrow();
  });
});

describe("decoding raw bytes", () => {
  it("reads UTF-16 big-endian with a BOM, and a page in a declared single-byte charset", () => {
    const text = "Zoë’s “café” — 東京";
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);
    expect(decodeBytes(be)).toEqual({ text, encoding: "utf-16be" });
    const koi8 = Buffer.concat([
      Buffer.from('<html><head><meta charset="koi8-r"></head><body>'),
      Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]),
    ]);
    expect(decodeBytes(koi8).text).toContain("Привет");
  });

  it("reads Windows-1252 curly quotes from a page labelled ISO-8859-1, as browsers do", () => {
    const bytes = Buffer.concat([
      Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>'),
      Buffer.from([0x93, 0x68, 0x69, 0x94]),
    ]);
    expect(decodeBytes(bytes).text).toContain("“hi”");
  });
});
