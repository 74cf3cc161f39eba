// Reads an Atom feed: entries with their alternate link, published date, authors and html, xhtml or text content.
import { parseHtml } from "../html/parse-html.ts";
import { decodeXmlText } from "./parse-xml.ts";
import { asList, type Feed, type FeedItem, feedText, lineOfMatch } from "./feed-item.ts";

type Node = Record<string, unknown>;

/** An Atom text construct (kept raw by the parser) as HTML or text, by its `type` attribute. */
function textConstruct(value: unknown): { html?: string; text?: string } {
  const node = (typeof value === "object" && value ? value : { "#text": value }) as Node;
  const raw = typeof node["#text"] === "string" ? node["#text"] : "";
  if (!raw.trim()) return {};
  const type = String(node["@_type"] ?? "text");
  // xhtml content is markup inside a wrapping <div>; html content is escaped markup; text is escaped text.
  if (type === "xhtml") return { html: raw.replace(/^\s*<div[^>]*>|<\/div>\s*$/g, "") };
  const decoded = decodeXmlText(raw);
  return type === "html" || type === "text/html" ? { html: decoded } : { text: decoded };
}

/** A title as plain text, whatever its type. */
function titleText(value: unknown): string | undefined {
  const { html, text } = textConstruct(value);
  if (text) return text.replace(/\s+/g, " ").trim();
  return html ? (parseHtml(html).body?.textContent ?? "").replace(/\s+/g, " ").trim() || undefined : undefined;
}

function alternateLink(links: unknown): string | undefined {
  const list = asList(links) as Node[];
  const alternate = list.find((link) => !link["@_rel"] || link["@_rel"] === "alternate") ?? list[0];
  return feedText(alternate?.["@_href"]);
}

/** The feed in an Atom document (`root.feed`). */
export function readAtom(root: Node, text: string): Feed {
  const feed = root["feed"] as Node;
  const entries = asList(feed["entry"]) as Node[];
  const read = (entry: Node, index: number): FeedItem => {
    const content = textConstruct(entry["content"]);
    const summary = textConstruct(entry["summary"]);
    const authors = (asList(entry["author"]) as Node[]).map((author) => feedText(author["name"])).filter(Boolean);
    const line = lineOfMatch(text, /<entry[\s>]/, index + 1);
    return {
      index: index + 1,
      ...(line ? { line } : {}),
      title: titleText(entry["title"]),
      link: alternateLink(entry["link"]),
      date: feedText(entry["published"]) ?? feedText(entry["updated"]),
      author: authors.length ? authors.join(" and ") : undefined,
      ...(content.html
        ? { html: content.html }
        : content.text
          ? { text: content.text }
          : summary.html
            ? { html: summary.html }
            : summary.text
              ? { text: summary.text }
              : {}),
      ...(content.html || content.text ? { summaryHtml: summary.html ?? summary.text } : {}),
      tags: (asList(entry["category"]) as Node[])
        .map((category) => feedText(category["@_label"]) ?? feedText(category["@_term"]))
        .filter((tag): tag is string => Boolean(tag)),
      language: feedText(entry["@_xml:lang"]),
    };
  };
  return {
    kind: "atom",
    title: titleText(feed["title"]),
    link: alternateLink(feed["link"]),
    language: feedText(feed["@_xml:lang"]),
    items: entries.map(read),
  };
}
