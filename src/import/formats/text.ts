// Plain-text articles: header lines (in English or the article's language), a bare headline, highlight bullets, a dateline, paragraphs by single or blank lines.
import { ImportError } from "../../errors.ts";
import type { RawArticle } from "../../model/types.ts";
import { readBareHeadline } from "../read-bare-headline.ts";
import { type HeaderKey, readHeaderLine } from "../header-labels.ts";
import { parseDate } from "../parse-date.ts";
import { shapeBody } from "../shape-body.ts";
import { splitParagraphs } from "../split-paragraphs.ts";
import type { Format } from "./format.ts";

const BULLET = /^\s*(?:[-•*]|\u2022)\s+(.+)$/;

/** Header lines at the top of the file, by field (labels in English or the article's language), and the line where the rest starts. */
function readHeaders(lines: string[]): { headers: Map<HeaderKey, string>; next: number } {
  const headers = new Map<HeaderKey, string>();
  let next = 0;
  while (next < lines.length) {
    const line = lines[next]!;
    const header = readHeaderLine(line);
    // The first of two labels for one field wins ("Title:" before "Headline:").
    if (header?.value && !headers.has(header.key)) headers.set(header.key, header.value);
    else if (!header?.value && (line.trim() !== "" || headers.size === 0)) break;
    next++;
  }
  return { headers, next };
}

/** Highlight bullets that open the file, and the line after them. */
function readBullets(lines: string[], start: number): { highlights: string[]; next: number } {
  const highlights: string[] = [];
  let next = start;
  while (next < lines.length) {
    const line = lines[next]!;
    const match = BULLET.exec(line);
    if (match) highlights.push(match[1]!.trim());
    else if (line.trim() !== "" || highlights.length === 0) break;
    next++;
  }
  // Skip blank lines before the body.
  while (next < lines.length && lines[next]!.trim() === "") next++;
  return { highlights, next };
}

/** The source from "Source:" and "URL:" headers, when either is present. */
function readSource(headers: Map<HeaderKey, string>): RawArticle["source"] | undefined {
  const name = headers.get("source");
  const url = headers.get("url");
  if (!name && !url) return undefined;
  if (name && /^https?:\/\//.test(name) && !url) return { url: name };
  return { ...(name ? { name } : {}), ...(url ? { url } : {}) };
}

export const textFormat: Format = {
  name: "text",

  detect(file) {
    // Text is the fallback for anything that reads as text and is not markup.
    return ["txt", "text", ""].includes(file.ext) || !/^\s*</.test(file.text);
  },

  extract(file, context) {
    const lines = file.text.split("\n");
    const { headers, next: afterHeaders } = readHeaders(lines);
    // A wire story often opens with its headline alone on the first line.
    const headline = headers.has("title") ? undefined : readBareHeadline(lines, afterHeaders);
    const { highlights, next: bodyStart } = readBullets(lines, headline?.next ?? afterHeaders);
    const paragraphs = splitParagraphs(lines.slice(bodyStart).join("\n"));
    if (paragraphs.length === 0) {
      throw new ImportError("no article text found (the file has no paragraphs after its header)", {
        path: file.path,
        line: bodyStart + 1,
      });
    }
    const { paragraphs: kept, dateline, byline: bylineLine, removed } = shapeBody(paragraphs);
    if (kept.length === 0)
      throw new ImportError("no article text left once the byline, dateline and junk were taken off", {
        path: file.path,
        line: bodyStart + 1,
      });
    const dateText = headers.get("date");
    const date = dateText ? parseDate(dateText, context.zone) : undefined;
    if (dateText && !date) {
      const line = lines.findIndex((text) => readHeaderLine(text)?.key === "date" && text.includes(dateText)) + 1;
      const label = lines[line - 1]?.split(/\s*:/)[0]?.trim() || "Date";
      throw new ImportError(
        `the ${label}: header "${dateText}" is not a date (write it as 2025-09-13 or 2025-09-13T18:00+05:00)`,
        {
          path: file.path,
          line,
        },
      );
    }
    const source = readSource(headers) ?? (dateline?.agency ? { name: dateline.agency } : undefined);
    const byline = headers.get("byline") ?? bylineLine;
    const tags = headers
      .get("tags")
      ?.split(/\s*[,;]\s*/)
      .filter(Boolean);
    const title = headers.get("title") ?? headline?.title;
    const article: RawArticle = {
      ...(title ? { title } : {}),
      ...(date ? { date, dateSource: "explicit" as const } : {}),
      ...(dateline?.place ? { dateline: dateline.place } : {}),
      ...(byline ? { byline: byline.replace(/^by\s+/i, "") } : {}),
      ...(source ? { source } : {}),
      ...(tags?.length ? { tags } : {}),
      highlights,
      body: kept.join("\n\n"),
      removed,
    };
    return { articles: [article], errors: [] };
  },
};
