// Completes what a format extracted: title, date, language, id, slug and the output path.
import { DateTime } from "luxon";
import type { DateSource, RawArticle } from "../model/types.ts";
import { hashText } from "../util/hash.ts";
import type { ImportedBlock } from "../model/article-file.ts";
import { detectLanguage } from "./detect-language.ts";
import { makeHeadline } from "./make-headline.ts";
import { makeSlug } from "../model/make-slug.ts";
import { dateFromFileName, formatIso } from "./parse-date.ts";
import type { InputFile } from "./read-input.ts";

/** An article ready to be written: its front matter, body and place in content/articles. */
export interface CompletedArticle {
  id: string;
  /** Path relative to the articles folder: YYYY/MM/DD/<slug>.md */
  relativePath: string;
  data: Record<string, unknown> & { title: string; date: string; imported: ImportedBlock };
  body: string;
  /** True when the date is a guess from the file time. */
  dateGuessed: boolean;
  /** What the reader should check: a title cut to length. */
  warnings: string[];
}

/** Longest title kept (default: 300 characters); a longer one is pasted text, not a headline, and is cut. */
export const MAX_TITLE = 300;

/** `title` cut at the last space before `MAX_TITLE`, with an ellipsis. */
function cutTitle(title: string): string {
  // A lone half of a surrogate pair (an emoji cut in two) is not text: it goes too.
  const head = title.slice(0, MAX_TITLE - 1).replace(/[\uD800-\uDBFF]$/, "");
  const space = head.lastIndexOf(" ");
  return `${(space > MAX_TITLE / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** Options that decide what the importer cannot read from the file. */
export interface CompleteOptions {
  /** IANA zone for the date folders and for dates without a zone (default: the site's). */
  zone: string;
  /** A date for articles that carry none (from `--date`). */
  date?: string;
}

/**
 * The identity of a story: a hash of its first 150 words, lower-cased and stripped of punctuation and
 * Markdown (link targets, emphasis, escapes), so the same story read from text, HTML or a feed gets the same
 * id whatever its quotes (’ or '), dashes or Unicode normal form.
 */
export function storyId(body: string): string {
  const words = body
    // NFKC: "é" typed as one character or as e + accent, and "ﬁ" ligatures, are the same words.
    .normalize("NFKC")
    .replace(/\]\([^)]*\)/g, "]")
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return hashText((words ?? []).slice(0, 150).join(" "), 12);
}

function resolveDate(raw: RawArticle, file: InputFile, options: CompleteOptions): { date: string; from: DateSource } {
  if (raw.date) return { date: raw.date, from: raw.dateSource ?? "explicit" };
  if (options.date) return { date: options.date, from: "option" };
  const named = dateFromFileName(file.name, options.zone);
  if (named) return { date: named, from: "file-name" };
  return {
    date: formatIso(DateTime.fromJSDate(file.mtime, { zone: options.zone }).startOf("second")),
    from: "file-time",
  };
}

/** Completes `raw` from `file` into an article with every required field. */
export function completeArticle(
  raw: RawArticle,
  file: InputFile,
  inputPath: string,
  options: CompleteOptions,
): CompletedArticle {
  const id = storyId(raw.body);
  const warnings: string[] = [];
  let title = raw.title?.replace(/\s+/g, " ").trim() || makeHeadline(raw.highlights[0] ?? raw.body);
  if (title.length > MAX_TITLE) {
    warnings.push(
      `the title is ${title.length} characters long; cut to ${MAX_TITLE} (edit the article to choose a shorter one)`,
    );
    title = cutTitle(title);
  }
  const { date, from } = resolveDate(raw, file, options);
  const local = DateTime.fromISO(date, { setZone: true }).setZone(options.zone);
  const slug = makeSlug(title, id);
  const removed = raw.removed.map((removal) => `${removal.reason} (${removal.text.length} characters)`);
  const imported: ImportedBlock = { id, input: inputPath, date_from: from, ...(removed.length ? { removed } : {}) };
  const data = {
    title,
    date,
    ...(raw.dateline ? { dateline: raw.dateline } : {}),
    ...(raw.byline ? { byline: raw.byline } : {}),
    ...(raw.source && (raw.source.name || raw.source.url) ? { source: raw.source } : {}),
    ...(raw.highlights.length ? { highlights: raw.highlights } : {}),
    ...(raw.tags?.length ? { tags: raw.tags } : {}),
    language: raw.language ?? detectLanguage(raw.body),
    ...(raw.summary ? { summary: raw.summary } : {}),
    ...raw.extra,
    imported,
  };
  return {
    id,
    relativePath: `${local.toFormat("yyyy/MM/dd")}/${slug}.md`,
    data,
    body: raw.body,
    dateGuessed: from === "file-time",
    warnings,
  };
}
