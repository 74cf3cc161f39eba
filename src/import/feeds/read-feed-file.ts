// A feed file read into articles, one an item: RSS 2.0 (and 1.0), Atom and JSON Feed; a broken item reported, the rest read.
import { ImportError } from "../../errors.ts";
import type { Feed } from "./feed-item.ts";
import { feedItemToArticle } from "./feed-item-to-article.ts";
import { readAtom } from "./read-atom.ts";
import { readJsonFeed } from "./read-json-feed.ts";
import { readRss } from "./read-rss.ts";
import { parseXml } from "./parse-xml.ts";
import type { Extraction, FormatContext } from "../formats/format.ts";
import type { InputFile } from "../read-input.ts";
import { JSON_FEED } from "./feed-start.ts";

/** Reads the file's feed, whatever its kind; throws an ImportError when the file is not a readable feed. */
function readFeed(text: string, path: string): Feed {
  if (JSON_FEED.test(text.slice(0, 2000))) {
    let root: unknown;
    try {
      root = JSON.parse(text);
    } catch (error) {
      throw new ImportError(`the JSON Feed is not valid JSON: ${(error as Error).message}`, { path, cause: error });
    }
    return readJsonFeed(root as Record<string, unknown>, text);
  }
  let root: Record<string, unknown>;
  try {
    root = parseXml(text);
  } catch (error) {
    const line = (error as { err?: { line?: number } }).err?.line;
    throw new ImportError(
      `the feed is not well-formed XML: ${(error as { err?: { msg?: string } }).err?.msg ?? (error as Error).message}`,
      { path, ...(line ? { line } : {}), cause: error },
    );
  }
  if (root["feed"]) return readAtom(root, text);
  return readRss(root, text);
}

/** The articles of the feed `file`, and the items it could not read; throws an ImportError when it is no readable feed. */
export function readFeedFile(file: InputFile, context: FormatContext): Extraction {
  const feed = readFeed(file.text, file.path);
  const result: Extraction = { articles: [], errors: [] };
  if (feed.items.length === 0) throw new ImportError(`the ${feed.kind} feed has no items`, { path: file.path });
  for (const item of feed.items) {
    try {
      result.articles.push(feedItemToArticle(item, feed, file.path, context.zone));
    } catch (error) {
      // One broken item must not cost the others: it is reported, they are imported.
      result.errors.push(
        error instanceof ImportError
          ? error
          : new ImportError(`item ${item.index}: ${(error as Error).message}`, { path: file.path, cause: error }),
      );
    }
  }
  return result;
}
