// Imports one saved page with the HTML format, as `broadsheet import` reads it, for tests of what the importer keeps.
import { htmlFormat } from "../../src/import/formats/html.ts";
import type { InputFile } from "../../src/import/read-input.ts";
import type { RawArticle } from "../../src/model/types.ts";

/** The page `html` as an input file named `name`. */
export function htmlFile(html: string, name = "page.html"): InputFile {
  return {
    path: `inbox/${name}`,
    name,
    ext: "html",
    text: html,
    encoding: "utf-8",
    mtime: new Date(Date.UTC(2025, 4, 6)),
    size: html.length,
    binary: false,
    warnings: [],
  };
}

/** The one article the importer makes of `html`. */
export async function importHtml(html: string): Promise<RawArticle> {
  const { articles } = await htmlFormat.extract(htmlFile(html), { zone: "UTC" });
  return articles[0]!;
}
