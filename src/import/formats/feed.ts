// Feeds: RSS 2.0 (and 1.0), Atom and JSON Feed; one article per item, a broken item reported and the rest imported.
import { ImportError } from "../../errors.ts";
import type { Feed } from "../feeds/feed-item.ts";
import { feedItemToArticle } from "../feeds/feed-item-to-article.ts";
import { readAtom } from "../feeds/read-atom.ts";
import { readJsonFeed } from "../feeds/read-json-feed.ts";
import { readRss } from "../feeds/read-rss.ts";
import { parseXml } from "../feeds/parse-xml.ts";
import type { Extraction, Format } from "./format.ts";

// The root element, after an optional XML declaration, comments, a stylesheet and a doctype.
const XML_FEED =
  /^\s*(<\?xml[^>]*>\s*)?((<!--[\s\S]*?-->|<\?xml-stylesheet[^>]*>|<!DOCTYPE[^>]*>)\s*)*<(rss|feed|rdf:RDF)[\s>]/;
const JSON_FEED = /^\s*\{[\s\S]*"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//;

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

export const feedFormat: Format = {
  name: "feed",

  detect(file) {
    const start = file.text.slice(0, 2000);
    return XML_FEED.test(start) || JSON_FEED.test(start);
  },

  extract(file, context) {
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
  },
};
