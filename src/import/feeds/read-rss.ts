// Reads an RSS 2.0 (or RSS 1.0 / RDF) document into a feed: content:encoded, dc:creator and pubDate included.
import { asList, type Feed, type FeedItem, feedText, lineOfMatch } from "./feed-item.ts";

type Node = Record<string, unknown>;

/** "jane@example.com (Jane Doe)" → "Jane Doe": RSS puts an e-mail address in <author>. */
function authorName(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const named = /\(([^)]+)\)\s*$/.exec(value)?.[1];
  return named ?? (value.includes("@") ? undefined : value);
}

/** A guid that is a web address doubles as the item's link; other guids are only identifiers. */
function permalink(guid: string | undefined): string | undefined {
  return guid && /^https?:\/\//.test(guid) ? guid : undefined;
}

/** The feed in an RSS document (`root.rss` or `root["rdf:RDF"]`). */
export function readRss(root: Node, text: string): Feed {
  const rss = (root["rss"] ?? root["rdf:RDF"]) as Node;
  const channel = (rss["channel"] ?? {}) as Node;
  // RSS 1.0 puts items beside the channel, RSS 2.0 inside it.
  const items = asList(channel["item"] ?? rss["item"]) as Node[];
  const read = (item: Node, index: number): FeedItem => {
    const creators = asList(item["dc:creator"]).map(feedText).filter(Boolean);
    const html = feedText(item["content:encoded"]);
    const description = feedText(item["description"]);
    return {
      index: index + 1,
      ...(lineOfMatch(text, /<item[\s>]/, index + 1) ? { line: lineOfMatch(text, /<item[\s>]/, index + 1)! } : {}),
      title: feedText(item["title"]),
      link: feedText(asList(item["link"])[0]) ?? permalink(feedText(item["guid"])),
      date: feedText(item["pubDate"]) ?? feedText(item["dc:date"]),
      author: creators.length ? creators.join(" and ") : authorName(feedText(asList(item["author"])[0])),
      ...(html ? { html, summaryHtml: description } : { html: description }),
      tags: [...asList(item["category"]), ...asList(item["dc:subject"])]
        .map(feedText)
        .filter((tag): tag is string => Boolean(tag)),
      language: feedText(item["dc:language"]),
    };
  };
  return {
    kind: "rss",
    title: feedText(channel["title"]),
    link: feedText(asList(channel["link"])[0]),
    language: feedText(channel["language"]) ?? feedText(channel["dc:language"]),
    items: items.map(read),
  };
}
