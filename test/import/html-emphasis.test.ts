// Bold and italics from HTML come out as Markdown emphasis that markdown-it renders as bold and italics, never as stray asterisks.
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "../../src/import/html/html-to-markdown.ts";
import { parseHtml } from "../../src/import/html/parse-html.ts";

const markdownIt = new MarkdownIt();

/** What a reader sees for `html` once imported: the rendered article's HTML, and its text. */
function imported(html: string): { markdown: string; rendered: string; text: string } {
  const markdown = htmlToMarkdown(parseHtml(html).body as unknown as Element);
  const rendered = markdownIt.render(markdown);
  return { markdown, rendered, text: parseHtml(rendered).body.textContent ?? "" };
}

const squeeze = (text: string): string => text.replace(/[\s\u00a0]+/g, "");

describe("emphasis in HTML to Markdown", () => {
  it.each([
    ["<p><strong>Text: </strong>the rest of the line</p>", "<strong>Text:</strong> the rest"],
    ["<p><b>Editor’s note:&nbsp;</b>this story was updated.</p>", "<strong>Editor’s note:</strong>"],
    ["<p><strong>Text:<br></strong>the next line</p>", "<strong>Text:</strong>"],
    ["<p><strong>LONDON (Wire) —</strong>The minister said</p>", "<strong>LONDON (Wire) —</strong> The"],
    [
      "<p><strong>Part one</strong><strong> and part two</strong> of it</p>",
      "<strong>Part one and part two</strong> of it",
    ],
    ["<p><strong>Outer <b>inner</b> outer</strong> plain</p>", "<strong>Outer inner outer</strong> plain"],
    ["<p>A <em>quoted title. </em>Then more.</p>", "<em>quoted title.</em> Then"],
    ["<p><em>Le Monde</em>’s report</p>", "<em>Le Monde</em>’s report"],
  ])("renders %s as emphasis", (html, expected) => {
    const { rendered, text } = imported(html);
    expect(rendered).toContain(expected);
    expect(text).not.toContain("*");
  });

  it("drops emphasis that holds no text", () => {
    const { markdown } = imported("<p>Before <strong> </strong><em></em>after.</p>");
    expect(markdown).toBe("Before after.");
  });

  it("never shows a marker and never loses a character, whatever the bold and italics around the words", () => {
    const word = fc.constantFrom("Text", "news", "Minister", "said", "Été", "ŁÓDŹ", "day");
    const mark = fc.constantFrom(":", ".", ",", "—", "!", "?", "(AP)", "“", "”", "'", ";");
    // A line break inside bold or a link splits it when two meet (a blank line in Markdown): breaks stand between runs.
    const space = fc.constantFrom(" ", "  ", "&nbsp;", "\n");
    const leaf = fc.oneof(word, mark, space);
    const wrap = (tag: fc.Arbitrary<string>, kids: fc.Arbitrary<string>): fc.Arbitrary<string> =>
      fc.tuple(tag, fc.array(kids, { maxLength: 4 })).map(([name, inner]) => `<${name}>${inner.join(" ")}</${name}>`);
    // Bold inside italics and the reverse, two deep, as pages set them (deeper nesting has no Markdown form).
    // Italics inside bold open with a word, as they do in articles.
    const innerRun = fc
      .tuple(fc.constantFrom("strong", "b", "em", "i"), word, fc.array(leaf, { maxLength: 3 }))
      .map(([name, first, rest]) => `<${name}>${first}${rest.join("")}</${name}>`);
    const inner = fc.oneof(leaf, innerRun);
    const inline = fc.oneof(leaf, wrap(fc.constantFrom("strong", "b", "em", "i"), inner));
    // Links at the top only: a link inside a link is not HTML a page can hold.
    const part = fc.oneof(
      inline,
      fc.constant("<br>"),
      fc.array(inline, { maxLength: 3 }).map((kids) => `<a href="https://example.org/x">${kids.join(" ")}</a>`),
    );
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), (parts) => {
        // Runs stand apart by a space: bold glued to italics inside a word ("a<b>b</b><i>c</i>") has no Markdown form.
        const html = `<p>Start ${parts.join(" ")} end.</p>`;
        const { text, markdown } = imported(html);
        const source = parseHtml(html).body.textContent ?? "";
        expect(text, markdown).not.toMatch(/\*/);
        expect(squeeze(text), markdown).toBe(squeeze(source));
      }),
      { numRuns: 3000, seed: 20261202 },
    );
  });
});
