// The text two extractors take from a saved page: the importer's article body, and Readability's alone as a baseline.
import { htmlFormat } from "../../src/import/formats/html.ts";
import { extractMainText } from "../../src/import/html/extract-main-text.ts";
import { parseHtml, visibleText } from "../../src/import/html/parse-html.ts";
import { plainText } from "../../src/model/plain-text.ts";

/** The story text the importer writes for `html` (dateline and body, as a reader sees them), or throws as import would. */
export async function importerText(html: string, name = "page.html"): Promise<{ text: string; markdown: string }> {
  const file = {
    path: name,
    name,
    ext: "html",
    text: html,
    encoding: "utf-8",
    mtime: new Date(0),
    size: html.length,
    binary: false,
    warnings: [],
  };
  const { articles } = await htmlFormat.extract(file, { zone: "UTC" });
  const article = articles[0];
  if (!article) return { text: "", markdown: "" };
  const paragraphs = article.body.split(/\n\n+/).map((block) => plainText(block));
  return { text: [article.dateline ?? "", ...paragraphs].filter(Boolean).join("\n"), markdown: article.body };
}

/** The text Readability alone finds in `html`, with the options and DOM (linkedom) the importer gives it; "" when none. */
export function readabilityText(html: string): string {
  const main = extractMainText(parseHtml(html));
  return main ? visibleText(main.content) : "";
}
