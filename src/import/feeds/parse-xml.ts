// Parses feed XML with fast-xml-parser, keeping Atom's content and summary raw so XHTML content survives.
import { XMLParser } from "fast-xml-parser";

// Elements that may repeat: always arrays, so one item and many read the same way.
const LISTS = new Set(["item", "entry", "link", "category", "author", "dc:creator", "dc:subject"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  // Titles like "2025" or "1e3" stay text.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  // Atom content may be XHTML markup: keep it as written rather than as a tree of objects.
  stopNodes: ["feed.entry.content", "feed.entry.summary", "feed.entry.title"],
  isArray: (name) => LISTS.has(name),
});

/** The feed document as nested objects; throws on XML that is not well formed. */
export function parseXml(text: string): Record<string, unknown> {
  return parser.parse(text, true) as Record<string, unknown>;
}

/** Decodes the XML entities and CDATA sections left in a raw (stop-node) element's text. */
export function decodeXmlText(raw: string): string {
  return raw
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, data: string) =>
      data.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"),
    )
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, "&");
}
