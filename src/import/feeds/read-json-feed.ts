// Reads a JSON Feed (1.0 or 1.1): items with content_html or content_text, authors, tags and language.
import { asList, type Feed, type FeedItem, feedText } from "./feed-item.ts";

type Node = Record<string, unknown>;

function authorNames(node: Node): string | undefined {
  // 1.1 has "authors", 1.0 had one "author".
  const names = [...asList(node["authors"]), ...asList(node["author"])]
    .map((author) => (author && typeof author === "object" ? feedText((author as Node)["name"]) : undefined))
    .filter(Boolean);
  return names.length ? names.join(" and ") : undefined;
}

/** The feed in a parsed JSON Feed document; `text` is the file, to find each item's line. */
export function readJsonFeed(root: Node, text: string): Feed {
  const items = asList(root["items"]);
  const read = (value: unknown, index: number): FeedItem => {
    const item = (value && typeof value === "object" ? value : {}) as Node;
    const id = feedText(item["id"]);
    const html = feedText(item["content_html"]);
    const plain = feedText(item["content_text"]);
    const summary = feedText(item["summary"]);
    const at = id ? text.indexOf(JSON.stringify(id)) : -1;
    return {
      index: index + 1,
      ...(at >= 0 ? { line: text.slice(0, at).split("\n").length } : {}),
      title: feedText(item["title"]),
      link: feedText(item["url"]) ?? feedText(item["external_url"]),
      date: feedText(item["date_published"]) ?? feedText(item["date_modified"]),
      author: authorNames(item) ?? authorNames(root),
      ...(html ? { html, summaryHtml: summary } : plain ? { text: plain, summaryHtml: summary } : { html: summary }),
      tags: asList(item["tags"])
        .map(feedText)
        .filter((tag): tag is string => Boolean(tag)),
      language: feedText(item["language"]),
    };
  };
  return {
    kind: "json-feed",
    title: feedText(root["title"]),
    link: feedText(root["home_page_url"]),
    language: feedText(root["language"]),
    items: items.map(read),
  };
}
