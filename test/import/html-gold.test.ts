// Every hand-made gold page imports with the story a person would keep: recall and precision floors, no stray emphasis.
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { importerText } from "../../scripts/eval/extract-gold-text.ts";
import { readGoldSet, scoreExtraction } from "../../scripts/eval/score-extraction.ts";
import { parseHtml } from "../../src/import/html/parse-html.ts";

/** Share of the story's words every page keeps (default: 0.9). */
const RECALL_FLOOR = 0.9;
/** Share of the kept words that are the story's on every page (default: 0.85). */
const PRECISION_FLOOR = 0.85;

const pages = readGoldSet("test/fixtures/import/html-gold");
const markdownIt = new MarkdownIt();

describe("the HTML gold pages", () => {
  it("are at least twenty-five", () => {
    expect(pages.length).toBeGreaterThanOrEqual(25);
  });

  describe.each(pages.map((page) => [page.name, page] as const))("%s", (_name, page) => {
    it(`keeps at least ${RECALL_FLOOR} of the story's words, and at least ${PRECISION_FLOOR} of what it keeps is story`, async () => {
      const { text } = await importerText(page.html, `${page.name}/page.html`);
      const score = scoreExtraction(text, page.expected);
      expect(score.recall, "recall").toBeGreaterThanOrEqual(RECALL_FLOOR);
      expect(score.precision, "precision").toBeGreaterThanOrEqual(PRECISION_FLOOR);
    });

    it("shows no stray asterisks or underscores once the article is rendered", async () => {
      const { markdown } = await importerText(page.html, `${page.name}/page.html`);
      const shown = parseHtml(markdownIt.render(markdown)).body.textContent ?? "";
      expect(shown).not.toMatch(/\*|(^|\s)_|_(\s|$)/);
    });
  });
});
