// Reads an HTML page's metadata: JSON-LD first, then Open Graph and <meta> tags, then the page itself.
import { parseDate } from "../parse-date.ts";
import { normaliseSpace } from "./parse-html.ts";
import { readJsonLd } from "./read-json-ld.ts";

/** What a page says about its article, outside the article text. */
export interface PageMetadata {
  title?: string;
  /** ISO 8601 with offset. */
  date?: string;
  byline?: string;
  siteName?: string;
  url?: string;
  description?: string;
  /** Primary language subtag, lower case ("en" for "en-GB"). */
  language?: string;
  tags?: string[];
}

type Node = Record<string, unknown>;

const str = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() ? normaliseSpace(value) : undefined;

/** A name from a JSON-LD person or organisation, a list of them, or a plain string. */
function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value])
    .map((item) =>
      typeof item === "string" ? str(item) : item && typeof item === "object" ? str((item as Node)["name"]) : undefined,
    )
    .filter((name): name is string => Boolean(name) && !/^https?:\/\//.test(name!));
  return list.length ? [...new Set(list)].join(" and ") : undefined;
}

function url(value: unknown): string | undefined {
  if (typeof value === "string") return /^https?:\/\//.test(value.trim()) ? value.trim() : undefined;
  if (value && typeof value === "object") return url((value as Node)["@id"] ?? (value as Node)["url"]);
  return undefined;
}

function meta(document: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = str(element?.getAttribute("content"));
    if (value) return value;
  }
  return undefined;
}

/** The page's title without the " | Site name" or " - Site name" that <title> usually carries. */
function pageTitle(document: Document, siteName: string | undefined): string | undefined {
  const title = str(document.querySelector("title")?.textContent);
  if (!title) return undefined;
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  if (siteName && parts.at(-1)!.toLowerCase() === siteName.toLowerCase()) return parts.slice(0, -1).join(" - ");
  // Without a site name to compare, keep the longest part: the headline is longer than the brand.
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/** Reads the metadata of `document`; dates without a zone are read in `zone`. */
export function readPageMetadata(document: Document, zone: string): PageMetadata {
  const ld = readJsonLd(document) ?? {};
  const publisher = ld["publisher"] as Node | undefined;
  const siteName =
    names(publisher) ?? meta(document, "og:site_name", "application-name", "twitter:site")?.replace(/^@/, "");
  const dateText =
    str(ld["datePublished"]) ??
    meta(
      document,
      "article:published_time",
      "datePublished",
      "pubdate",
      "publishdate",
      "date",
      "dc.date",
      "DC.date.issued",
      "sailthru.date",
      "parsely-pub-date",
    ) ??
    str(document.querySelector("time[datetime]")?.getAttribute("datetime")) ??
    str(ld["dateCreated"]) ??
    str(ld["dateModified"]);
  const language =
    str(document.documentElement?.getAttribute("lang")) ??
    str(ld["inLanguage"]) ??
    meta(document, "og:locale", "language", "content-language");
  const keywords = ld["keywords"] ?? meta(document, "news_keywords", "keywords");
  const tags = (Array.isArray(keywords) ? keywords : typeof keywords === "string" ? keywords.split(",") : [])
    .map((tag) => (typeof tag === "string" ? normaliseSpace(tag) : ""))
    .filter(Boolean);
  const byline =
    names(ld["author"]) ??
    meta(document, "author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author")?.replace(
      /^by\s+/i,
      "",
    );
  const result: PageMetadata = {
    title:
      str(ld["headline"]) ?? meta(document, "og:title", "twitter:title", "headline") ?? pageTitle(document, siteName),
    date: dateText ? parseDate(dateText, zone) : undefined,
    byline: byline && !/^https?:\/\//.test(byline) ? byline : undefined,
    siteName,
    url:
      url(document.querySelector('link[rel="canonical"]')?.getAttribute("href")) ??
      meta(document, "og:url") ??
      url(ld["url"]) ??
      url(ld["mainEntityOfPage"]),
    description: str(ld["description"]) ?? meta(document, "og:description", "description", "twitter:description"),
    language: language?.split(/[-_]/)[0]?.toLowerCase(),
    tags: tags.length ? [...new Set(tags)] : undefined,
  };
  return Object.fromEntries(Object.entries(result).filter(([, value]) => value !== undefined)) as PageMetadata;
}
