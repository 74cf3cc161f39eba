// The common shape that RSS, Atom and JSON Feed items are read into before they become articles.

/** One item of a feed, with its fields as the feed wrote them (dates not yet parsed). */
export interface FeedItem {
  /** 1-based position in the feed, for error messages. */
  index: number;
  /** 1-based line in the file where the item starts, when known. */
  line?: number;
  title?: string;
  link?: string;
  date?: string;
  author?: string;
  /** Full content as HTML (content:encoded, Atom html/xhtml content, content_html). */
  html?: string;
  /** Full content as plain text (Atom text content, content_text). */
  text?: string;
  /** The feed's teaser, used as the text only when there is no full content. */
  summaryHtml?: string;
  tags: string[];
  language?: string;
}

/** A feed: its own name, link and language, and its items. */
export interface Feed {
  kind: "rss" | "atom" | "json-feed";
  title?: string;
  link?: string;
  language?: string;
  items: FeedItem[];
}

/** A trimmed string, or undefined for anything else or an empty string. */
export function feedText(value: unknown): string | undefined {
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object" && "#text" in value)
    return feedText((value as Record<string, unknown>)["#text"]);
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

/** A value as a list: XML parsers give one child as a value and several as an array. */
export function asList(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** The 1-based line of the `n`-th (1-based) match of `pattern` in `text`, for pointing at a feed's item. */
export function lineOfMatch(text: string, pattern: RegExp, n: number): number | undefined {
  const global = new RegExp(pattern.source, "g");
  let match: RegExpExecArray | null = null;
  for (let i = 0; i < n; i++) if (!(match = global.exec(text))) return undefined;
  return text.slice(0, match!.index).split("\n").length;
}
