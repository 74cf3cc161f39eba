// Turns one feed item into an article: its HTML content through the same cleaning and Markdown step as web pages.
import { ImportError } from "../../errors.ts";
import type { RawArticle, Removal } from "../../model/types.ts";
import { cleanArticleHtml } from "../html/clean-article-html.ts";
import { htmlToMarkdown } from "../html/html-to-markdown.ts";
import { normaliseSpace, parseHtml } from "../html/parse-html.ts";
import { parseDate } from "../parse-date.ts";
import { shapeBody } from "../shape-body.ts";
import { splitBlocks } from "../split-blocks.ts";
import { splitParagraphs } from "../split-paragraphs.ts";
import type { Feed, FeedItem } from "./feed-item.ts";

/** The item's content as Markdown blocks, and what cleaning cut from it. */
function readContent(item: FeedItem): { blocks: string[]; removed: Removal[] } {
  if (item.html) {
    const body = parseHtml(item.html).body;
    if (!body) return { blocks: [], removed: [] };
    const removed = cleanArticleHtml(body);
    return { blocks: splitBlocks(htmlToMarkdown(body)), removed };
  }
  return { blocks: item.text ? splitParagraphs(item.text) : [], removed: [] };
}

/** The article in `item` of `feed`; throws an ImportError naming the item when it cannot be one. */
export function feedItemToArticle(item: FeedItem, feed: Feed, path: string, zone: string): RawArticle {
  const where = `item ${item.index}${item.title ? ` ("${item.title.slice(0, 60)}")` : ""}`;
  const at = { path, ...(item.line ? { line: item.line } : {}) };
  const { blocks, removed } = readContent(item);
  const shaped = shapeBody(blocks);
  if (shaped.paragraphs.length === 0)
    throw new ImportError(`${where} has no text (no content, description or summary)`, at);
  const date = item.date ? parseDate(item.date, zone) : undefined;
  if (item.date && !date) throw new ImportError(`${where}: its date "${item.date}" is not a date`, at);
  const description = item.summaryHtml ? normaliseSpace(parseHtml(item.summaryHtml).body?.textContent) : undefined;
  const language = (item.language ?? feed.language)?.split(/[-_]/)[0]?.toLowerCase();
  const byline = item.author ?? shaped.byline;
  const sourceName = feed.title ?? shaped.dateline?.agency;
  const source = { ...(sourceName ? { name: sourceName } : {}), ...(item.link ? { url: item.link } : {}) };
  return {
    ...(item.title ? { title: item.title } : {}),
    ...(date ? { date, dateSource: "feed" as const } : {}),
    ...(shaped.dateline?.place ? { dateline: shaped.dateline.place } : {}),
    ...(byline ? { byline } : {}),
    ...(Object.keys(source).length ? { source } : {}),
    ...(item.tags.length ? { tags: [...new Set(item.tags)] } : {}),
    ...(language ? { language } : {}),
    highlights: [],
    body: shaped.paragraphs.join("\n\n"),
    removed: [...removed, ...shaped.removed],
    ...(description ? { extra: { description } } : {}),
  };
}
