// JSON articles: one object, an array of objects, or JSON Lines; fields named as most exports name them.
import { ImportError } from "../../errors.ts";
import type { RawArticle } from "../../model/types.ts";
import { parseDate } from "../parse-date.ts";
import { shapeBody } from "../shape-body.ts";
import { splitParagraphs } from "../split-paragraphs.ts";
import { resolveLanguage } from "../resolve-language.ts";
import type { Extraction, Format, FormatContext } from "./format.ts";

type Item = Record<string, unknown>;

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() ? value.trim() : undefined;
const list = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string" && item.trim() !== "") : [];

/** Reads one JSON object as an article; throws an ImportError naming what is missing. */
function readItem(item: Item, context: FormatContext, path: string, line?: number): RawArticle {
  const body = text(item["text"]) ?? text(item["body"]) ?? text(item["content"]) ?? text(item["content_text"]);
  if (!body)
    throw new ImportError('no article text (expected a "text", "body" or "content" field)', {
      path,
      ...(line ? { line } : {}),
    });
  const { paragraphs: kept, dateline, byline: bylineLine, removed } = shapeBody(splitParagraphs(body));
  const dateText = text(item["date"]) ?? text(item["published"]) ?? text(item["date_published"]);
  const date = dateText ? parseDate(dateText, context.zone) : undefined;
  if (dateText && !date)
    throw new ImportError(`"date": "${dateText}" is not a date`, { path, ...(line ? { line } : {}) });
  const sourceField = item["source"];
  const url = text(item["url"]) ?? text(item["link"]);
  const source = {
    ...(text(sourceField)
      ? { name: text(sourceField) }
      : typeof sourceField === "object" && sourceField
        ? (sourceField as RawArticle["source"])
        : {}),
    ...(url ? { url } : {}),
    ...(text(item["licence"] ?? item["license"]) ? { licence: text(item["licence"] ?? item["license"]) } : {}),
    ...(text(item["licence_url"] ?? item["license_url"])
      ? { licence_url: text(item["licence_url"] ?? item["license_url"]) }
      : {}),
  };
  // Wikinews exports name their source by the licence's attribution line; say "Wikinews" when the URL shows it.
  if (!source.name && url && /wikinews\.org/.test(url)) source.name = "Wikinews";
  const tags = [...list(item["tags"]), ...list(item["categories"]), ...list(item["topics"])];
  const title = text(item["title"]) ?? text(item["headline"]);
  const byline = text(item["byline"]) ?? text(item["author"]) ?? bylineLine;
  return {
    ...(title ? { title } : {}),
    ...(date ? { date, dateSource: "metadata" as const } : {}),
    ...(dateline?.place ? { dateline: dateline.place } : {}),
    ...(byline ? { byline } : {}),
    ...(Object.keys(source).length ? { source } : {}),
    ...(tags.length ? { tags: [...new Set(tags)] } : {}),
    ...(text(item["language"]) ? { language: resolveLanguage(text(item["language"]), kept.join("\n\n")) } : {}),
    ...(text(item["summary"]) ? { summary: text(item["summary"]) } : {}),
    highlights: list(item["highlights"]),
    body: kept.join("\n\n"),
    removed,
  };
}

export const jsonFormat: Format = {
  name: "json",

  detect(file) {
    const start = file.text.trimStart()[0];
    // A JSON Feed is a feed, not a list of articles: the feed format reads it.
    return (
      (start === "{" || start === "[") && !/"version"\s*:\s*"https:\/\/jsonfeed\.org/.test(file.text.slice(0, 500))
    );
  },

  extract(file, context) {
    const result: Extraction = { articles: [], errors: [] };
    const trimmed = file.text.trim();
    let items: { item: unknown; line?: number }[];
    try {
      const whole = JSON.parse(trimmed) as unknown;
      items = (Array.isArray(whole) ? whole : [whole]).map((item) => ({ item }));
    } catch {
      // Not one JSON document: read it as JSON Lines, so one broken line does not lose the others.
      items = [];
      file.text.split("\n").forEach((line, index) => {
        if (!line.trim()) return;
        try {
          items.push({ item: JSON.parse(line), line: index + 1 });
        } catch (error) {
          result.errors.push(
            new ImportError(`line is not valid JSON: ${(error as Error).message}`, {
              path: file.path,
              line: index + 1,
            }),
          );
        }
      });
    }
    for (const { item, line } of items) {
      try {
        if (typeof item !== "object" || item === null || Array.isArray(item)) {
          throw new ImportError("expected an object with the article's fields", {
            path: file.path,
            ...(line ? { line } : {}),
          });
        }
        result.articles.push(readItem(item as Item, context, file.path, line));
      } catch (error) {
        result.errors.push(
          error instanceof ImportError
            ? error
            : new ImportError((error as Error).message, { path: file.path, cause: error }),
        );
      }
    }
    return result;
  },
};
