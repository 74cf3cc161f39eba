// Reads the sample articles the repository ships (content/articles/) as the bench corpus's source of sentences and names.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readArticleText } from "../../src/model/article-file.ts";
import { plainText } from "../../src/model/plain-text.ts";

/** One sample story: its headline, its paragraphs as plain text, its editor's tags and the groups it is related by. */
export interface Sample {
  title: string;
  paragraphs: string[];
  /** The article's own tags, used as the desk's topics of generated stories. */
  tags: string[];
  /** Tags and the year: stories that share one are mixed into each other, as stories of one event and era are. */
  groups: string[];
  /** The article's day, "2025-09-13". */
  date: string;
  /** The source's address of the story, or "" when it has none. */
  url: string;
}

/** The repository's sample articles: part of every clone, so the bench needs nothing beside it. */
export const SAMPLE_ARTICLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../content/articles");

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return markdownFiles(full);
      return entry.name.endsWith(".md") ? [full] : [];
    });
}

/** The samples in `dir` (default: the repository's content/articles), in path order; drafts and empty stories are left out. */
export function loadSamples(dir = SAMPLE_ARTICLES): Sample[] {
  return markdownFiles(dir).flatMap((file) => {
    const { data, body } = readArticleText(readFileSync(file, "utf8"));
    if (data["draft"] === true || typeof data["title"] !== "string") return [];
    // Captions and credit lines are short: only paragraphs of a sentence's length make the text of a story.
    const paragraphs = body
      .split(/\n\s*\n/)
      .map((p) => plainText(p, { images: "drop" }))
      .filter((p) => p.split(" ").length >= 8);
    if (paragraphs.length === 0) return [];
    const tags = Array.isArray(data["tags"]) ? data["tags"].map(String) : [];
    const date = data["date"] instanceof Date ? data["date"].toISOString() : String(data["date"] ?? "");
    const source = data["source"] as { url?: unknown } | undefined;
    const url = typeof source?.url === "string" ? source.url : "";
    return [
      {
        title: data["title"],
        paragraphs,
        tags,
        groups: [...tags, `year:${date.slice(0, 4)}`],
        date: date.slice(0, 10),
        url,
      },
    ];
  });
}
