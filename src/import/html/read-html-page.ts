// A saved web page read into an article: metadata from JSON-LD, Open Graph and <meta>; main text by Readability, cleaned, as Markdown.
import { ImportError } from "../../errors.ts";
import type { RawArticle } from "../../model/types.ts";
import { cleanArticleHtml } from "./clean-article-html.ts";
import { extractMainText } from "./extract-main-text.ts";
import { findStoryText } from "./find-story-text.ts";
import { htmlToMarkdown } from "./html-to-markdown.ts";
import { keepStoryText } from "./keep-story-text.ts";
import { normaliseSpace, parseHtml, visibleText } from "./parse-html.ts";
import { readPageMetadata } from "./read-page-metadata.ts";
import { reportDroppedText } from "./report-dropped-text.ts";
import { stripPageJunk } from "./strip-page-junk.ts";
import { shapeBody } from "../shape-body.ts";
import { splitBlocks } from "../split-blocks.ts";
import { resolveLanguage } from "../resolve-language.ts";
import type { Extraction, FormatContext } from "../formats/format.ts";
import type { InputFile } from "../read-input.ts";

/** The article of the saved page `file`; throws an ImportError when the page holds none. */
export function readHtmlPage(file: InputFile, context: FormatContext): Extraction {
  const document = parseHtml(file.text);
  const metadata = readPageMetadata(document, context.zone);
  const body = document.body;
  if (!body) throw new ImportError("the page has no <body>", { path: file.path });
  // Known furniture goes first, so Readability never mistakes a long comment section for the story.
  const protectedElements = [...body.querySelectorAll('h1, [itemprop~="articleBody"], main')];
  const removed = stripPageJunk(body, protectedElements);
  // Readability rearranges the document it reads: it gets a copy, the original serves to report what it left out.
  const copy = document.cloneNode(true) as Document;
  const main = extractMainText(copy);
  // Readability may leave out part of the story (a list of sentences, the text around a long quotation): the element
  // holding the story's paragraphs, found by what it holds, stands in for its choice then.
  const kept = keepStoryText(main?.content, findStoryText(body));
  if (!kept)
    throw new ImportError("no article text found in the page (is it a saved article, or an index page?)", {
      path: file.path,
    });
  const title = metadata.title ?? main?.title;
  removed.push(
    ...reportDroppedText(body, visibleText(kept.content), [title ?? "", main?.byline ?? "", metadata.byline ?? ""]),
  );
  removed.push(...cleanArticleHtml(kept.content));
  const blocks = splitBlocks(htmlToMarkdown(kept.content));
  // A heading repeating the title opens many articles: the title is in the front matter already, and the byline
  // under it opens the body.
  if (title && blocks[0] && normaliseSpace(blocks[0].replace(/^#+\s*/, "")) === normaliseSpace(title)) blocks.shift();
  const shaped = shapeBody(blocks);
  if (shaped.paragraphs.length === 0) {
    throw new ImportError(
      "no article text left in the page once navigation, comments and other furniture were removed",
      { path: file.path },
    );
  }
  const byline = metadata.byline ?? shaped.byline ?? main?.byline?.replace(/^by\s+/i, "");
  const source = {
    ...(metadata.siteName
      ? { name: metadata.siteName }
      : shaped.dateline?.agency
        ? { name: shaped.dateline.agency }
        : {}),
    ...(metadata.url ? { url: metadata.url } : {}),
  };
  const article: RawArticle = {
    ...(title ? { title } : {}),
    ...(metadata.date ? { date: metadata.date, dateSource: "metadata" as const } : {}),
    ...(shaped.dateline?.place ? { dateline: shaped.dateline.place } : {}),
    ...(byline ? { byline: normaliseSpace(byline) } : {}),
    ...(Object.keys(source).length ? { source } : {}),
    ...(metadata.tags ? { tags: metadata.tags } : {}),
    // The page's declared language, unless the story's text is clearly in another.
    ...(metadata.language ? { language: resolveLanguage(metadata.language, shaped.paragraphs.join("\n\n")) } : {}),
    highlights: [],
    body: shaped.paragraphs.join("\n\n"),
    removed: [...removed, ...shaped.removed],
    ...(metadata.description ? { extra: { description: metadata.description } } : {}),
  };
  return { articles: [article], errors: [] };
}
