// Property tests (fast-check): the text importer, the sentence splitter, the slug maker and the front-matter
// writer, each on at least 10,000 generated cases in a test run ($BROADSHEET_PROPERTY_RUNS overrides; 300 in watch mode).
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { ImportError } from "../../src/errors.ts";
import { composeArticleText, type ImportedBlock, isUntouched, readArticleText } from "../../src/model/article-file.ts";
import { completeArticle } from "../../src/import/complete-article.ts";
import { textFormat } from "../../src/import/formats/text.ts";
import { makeSlug } from "../../src/model/make-slug.ts";
import { looksBinary, normaliseText, type InputFile } from "../../src/import/read-input.ts";
import { splitSentences } from "../../src/summarise/sentences/split-sentences.ts";
import { hashText } from "../../src/util/hash.ts";

/** Cases per property: 10,000 in a run (CI or not), 300 while watching, or $BROADSHEET_PROPERTY_RUNS. */
const RUNS = Number(process.env["BROADSHEET_PROPERTY_RUNS"] ?? (process.env["VITEST_MODE"] === "WATCH" ? 300 : 10_000));
/** A fixed seed unless one is given, so a failure reproduces; fast-check prints the seed and path of any failure. */
const SEED = Number(process.env["BROADSHEET_PROPERTY_SEED"] ?? 20250613);
const settings = { numRuns: RUNS, seed: SEED };

// 10,000 cases of the whole import take most of a minute on a loaded 2-core machine: a cap, not a speed check.
vi.setConfig({ testTimeout: 240_000 });

/** Text that breaks things: YAML and Markdown syntax, quotes, newlines, emoji, controls, lone surrogates, keywords. */
const nasty = fc.oneof(
  fc.constantFrom(
    "---",
    "...",
    ":",
    ": ",
    "#",
    " #",
    "'",
    '"',
    "`",
    "\\",
    "\n",
    "\r\n",
    "\t",
    "  ",
    "- ",
    "* ",
    "> ",
    "[",
    "]",
    "{",
    "}",
    "|",
    ">-",
    "&a",
    "*a",
    "!!str",
    "%YAML",
    "@",
    "?",
    ",",
    "yes",
    "no",
    "null",
    "~",
    "true",
    "1e3",
    "0x1F",
    "0o17",
    ".inf",
    "-.5",
    "2025-09-13",
    "12:30",
    "🗞️",
    "👩🏽‍💻",
    "é",
    "é",
    "ﬁ",
    "\u00a0",
    "\u0085",
    "\u2028",
    "\ufeff",
    "\u200b",
    "\u0000",
    "\u0007",
    "\ud800",
    "\udfff",
    "ß",
    "İ",
    "..",
    "../",
    "/",
    "Title: x",
  ),
  fc.string({ unit: "binary", maxLength: 8 }),
  fc.string({ unit: "grapheme-ascii", maxLength: 12 }),
);
const nastyText = (maxLength: number) => fc.array(nasty, { maxLength }).map((parts) => parts.join(""));

/** An InputFile holding `text`, as readInput would hand it over. */
function inputFile(text: string, name = "input.txt"): InputFile {
  return {
    path: `inbox/${name}`,
    name,
    ext: "txt",
    text: normaliseText(text),
    encoding: "utf-8",
    mtime: new Date(Date.UTC(2025, 5, 13)),
    size: text.length,
    binary: looksBinary(text),
    warnings: [],
  };
}

/** Text shaped like an article file: headers, bullets, a dateline, paragraphs, with nasty text anywhere. */
const articleLike = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom("Title", "Date", "Source", "URL", "By", "Tags", "Nonsense"), nastyText(6)), {
      maxLength: 4,
    }),
    fc.array(fc.tuple(fc.constantFrom("- ", "• ", "* "), nastyText(6)), { maxLength: 3 }),
    fc.option(fc.constantFrom("LONDON (Reuters) - ", "SIALKOT: ", "WASHINGTON, Jan. 5 — ", "PARIS — ")),
    fc.array(fc.oneof(nastyText(20), fc.lorem({ maxCount: 30, mode: "sentences" })), { minLength: 0, maxLength: 5 }),
    fc.constantFrom("\n", "\n\n", "\r\n"),
  )
  .map(([headers, bullets, dateline, paragraphs, gap]) =>
    [
      headers.map(([key, value]) => `${key}: ${value}`).join("\n"),
      bullets.map(([mark, text]) => mark + text).join("\n"),
      (dateline ?? "") + paragraphs.join(gap),
    ].join("\n\n"),
  );

describe("the text importer", () => {
  it(`reads any text into articles that write and read back, or fails with an ImportError (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          articleLike,
          fc.string({ unit: "binary", maxLength: 400 }),
          fc.string({
            unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
            maxLength: 200,
          }),
        ),
        (text) => {
          let articles: Awaited<ReturnType<typeof textFormat.extract>>;
          try {
            articles = textFormat.extract(inputFile(text), { zone: "UTC" }) as Awaited<
              ReturnType<typeof textFormat.extract>
            >;
          } catch (error) {
            expect(error).toBeInstanceOf(ImportError);
            expect((error as ImportError).message).toMatch(/^inbox\/input\.txt(:\d+)?: /);
            return;
          }
          expect(articles.errors).toEqual([]);
          for (const raw of articles.articles) {
            expect(raw.body.trim()).not.toBe("");
            const article = completeArticle(raw, inputFile(text), "inbox/input.txt", { zone: "UTC" });
            expect(article.relativePath).toMatch(/^\d{4}\/\d\d\/\d\d\/[a-z0-9-]+\.md$/);
            const written = composeArticleText(article.data, article.body);
            const read = readArticleText(written);
            expect(read.data["title"]).toBe(article.data.title);
            expect(isUntouched(written)).toBe(true);
          }
        },
      ),
      settings,
    );
  });
});

describe("the sentence splitter", () => {
  it(`never throws, whatever the text (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof(nastyText(40), fc.string({ unit: "binary", maxLength: 300 })), (text) => {
        const sentences = splitSentences(text);
        expect(Array.isArray(sentences)).toBe(true);
        for (const sentence of sentences) expect(typeof sentence).toBe("string");
      }),
      settings,
    );
  });

  /** Prose without Markdown syntax (which the splitter strips on purpose): words, numbers, abbreviations, punctuation. */
  const prose = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          "the",
          "Mr.",
          "Dr.",
          "U.S.",
          "Jan.",
          "3.5",
          "No.",
          "e.g.",
          "Kabul",
          "Sialkot",
          "Zürich",
          "“quoted”",
          "'single'",
          "(aside)",
          "—",
          "…",
          "said.",
          "again!",
          "why?",
          "well,",
          "end.\n",
          "end.\n\n",
          "A.",
          "i.e.",
          "5%",
          "$4.2bn",
          "10:30",
          "O'Neill",
          "co-operate",
          "日本語。",
          "¿Qué?",
          "😀",
        ),
        fc.lorem({ maxCount: 1 }),
      ),
      { minLength: 1, maxLength: 60 },
    )
    .map((words) => words.join(" "));

  it(`keeps every character of plain prose, in order (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(prose, (text) => {
        const kept = splitSentences(text).join("").replace(/\s+/g, "");
        expect(kept).toBe(text.replace(/\s+/g, ""));
      }),
      settings,
    );
  });
});

describe("the slug maker", () => {
  it(`makes safe file names that stay inside content/articles (${RUNS} cases)`, () => {
    const folder = resolve("content/articles/2025/06/13");
    fc.assert(
      fc.property(
        fc.oneof(
          nastyText(30),
          fc.string({ unit: "binary", maxLength: 200 }),
          fc.string({ unit: "grapheme", maxLength: 120 }),
        ),
        (title) => {
          const slug = makeSlug(title, hashText(title, 12));
          expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
          expect(slug.length).toBeGreaterThan(0);
          expect(slug.length).toBeLessThanOrEqual(80);
          expect(slug).not.toContain("..");
          expect(resolve(join(folder, `${slug}.md`)).startsWith(`${folder}/`)).toBe(true);
        },
      ),
      settings,
    );
  });
});

describe("the front-matter writer", () => {
  const field = nastyText(12);
  const data = fc.record({
    title: field.filter((text) => text.trim() !== ""),
    byline: field,
    dateline: field,
    tags: fc.array(field, { maxLength: 4 }),
    highlights: fc.array(field, { maxLength: 3 }),
    source: fc.record({ name: field, url: field }),
    summary: field,
  });

  it(`writes front matter that reads back to the same values, with a checksum that says untouched (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(data, nastyText(20), (values, body) => {
        const imported: ImportedBlock = {
          id: "0123456789ab",
          input: "inbox/x.txt",
          date_from: "explicit",
          removed: [values.byline],
        };
        const text = composeArticleText({ ...values, date: "2025-06-13T09:00:00+05:00", imported }, body);
        const read = readArticleText(text);
        const { checksum, ...importedBack } = read.data["imported"] as ImportedBlock;
        expect({ ...read.data, imported: importedBack, date: undefined }).toEqual({
          ...values,
          imported,
          date: undefined,
        });
        expect(read.data["date"]).toEqual(new Date("2025-06-13T04:00:00Z"));
        expect(checksum).toMatch(/^[0-9a-f]{16}$/);
        expect(isUntouched(text)).toBe(true);
        expect(read.body.trim()).toBe(body.trim());
      }),
      settings,
    );
  });
});
