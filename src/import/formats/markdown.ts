// Markdown articles, with or without front matter: the front matter is completed, never replaced.
import { ImportError } from "../../errors.ts";
import { parseYaml } from "../../model/article-file.ts";
import type { RawArticle } from "../../model/types.ts";
import { isReservedField } from "../../util/reserved-fields.ts";
import { parseDate } from "../parse-date.ts";
import { shapeBody } from "../shape-body.ts";
import { splitBlocks } from "../split-blocks.ts";
import type { Format } from "./format.ts";
import { readYamlError } from "../../util/read-yaml-error.ts";

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
/** Fields the importer reads itself; any other field is the user's and is kept as written. */
const KNOWN = new Set([
  "title",
  "date",
  "dateline",
  "byline",
  "author",
  "source",
  "highlights",
  "tags",
  "language",
  "summary",
  "imported",
]);

const str = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() ? value.trim() : undefined;
const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value)
    ? value.map((item) => String(item)).filter(Boolean)
    : typeof value === "string"
      ? value.split(/\s*,\s*/).filter(Boolean)
      : undefined;

/** The front matter as data; throws an ImportError naming the line of a YAML mistake. */
function readFrontMatter(source: string, path: string): Record<string, unknown> {
  try {
    const data = parseYaml(source) ?? {};
    if (typeof data !== "object" || Array.isArray(data))
      throw new Error("front matter must be a list of fields (name: value)");
    return data as Record<string, unknown>;
  } catch (error) {
    // The YAML read here starts on the file's second line, after the opening "---".
    const { line, reason } = readYamlError(error, 2);
    throw new ImportError(`the front matter is not valid YAML: ${reason}`, {
      path,
      ...(line !== undefined ? { line } : {}),
      cause: error,
    });
  }
}

/** The 1-based line of `field:` in the file (the front matter starts on line 2), when it is there. */
function lineOf(source: string, field: string): number | undefined {
  const index = source.split("\n").findIndex((line) => line.startsWith(`${field}:`));
  return index < 0 ? undefined : index + 2;
}

/** Fields of the wrong type: each is ignored (the importer fills it in as it would without it), and said so. */
function typeWarnings(data: Record<string, unknown>, source: string): string[] {
  const warnings: string[] = [];
  const at = (field: string) => {
    const line = lineOf(source, field);
    return line ? `line ${line}: ` : "";
  };
  const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 60) ?? String(value);
  for (const field of ["title", "dateline", "byline", "language", "summary"]) {
    const value = data[field];
    if (value !== undefined && value !== null && typeof value !== "string")
      warnings.push(`${at(field)}${field}: ${shown(value)} is not text; ignored`);
  }
  for (const field of ["tags", "highlights"]) {
    const value = data[field];
    if (
      value !== undefined &&
      value !== null &&
      typeof value !== "string" &&
      !(Array.isArray(value) && value.every((item) => typeof item === "string"))
    ) {
      warnings.push(
        `${at(field)}${field}: ${shown(value)} is not a list of text (write ${field}: [one, two]); ${Array.isArray(value) ? "items that are not text were turned into text" : "ignored"}`,
      );
    }
  }
  return warnings;
}

/** The date as the user wrote it: YAML turns 2025-09-13 into a UTC midnight, which would lose their zone. */
function dateText(source: string, value: unknown): string | undefined {
  const written = /^date:[ \t]*["']?([^"'\n#]+?)["']?[ \t]*(?:#.*)?$/m.exec(source)?.[1];
  return written ?? (value instanceof Date ? value.toISOString() : str(value));
}

export const markdownFormat: Format = {
  name: "markdown",

  detect(file) {
    return (
      ["md", "markdown", "mdown", "mkd"].includes(file.ext) ||
      (FRONT_MATTER.test(file.text) && /^\s*title\s*:/m.test(file.text.slice(0, 2000)))
    );
  },

  extract(file, context) {
    const match = FRONT_MATTER.exec(file.text);
    const data = match ? readFrontMatter(match[1]!, file.path) : {};
    let markdown = match ? file.text.slice(match[0].length) : file.text;
    let title = str(data["title"]);
    // Without a title in the front matter, a first-level heading opening the body is the title.
    const heading = /^\s*#\s+(.+?)\s*#*\s*(?:\n|$)/.exec(markdown);
    if (!title && heading) {
      title = heading[1]!;
      markdown = markdown.slice(heading[0].length);
    }
    const shaped = shapeBody(splitBlocks(markdown));
    if (shaped.paragraphs.length === 0)
      throw new ImportError("no article text after the front matter", { path: file.path });
    const written = dateText(match?.[1] ?? "", data["date"]);
    const date = written ? parseDate(written, context.zone) : undefined;
    if (written && !date) {
      const line = lineOf(match?.[1] ?? "", "date");
      throw new ImportError(`date: "${written}" is not a date (write it as 2025-09-13 or 2025-09-13T18:00+05:00)`, {
        path: file.path,
        ...(line ? { line } : {}),
      });
    }
    const source = data["source"];
    const sourceField =
      source && typeof source === "object"
        ? (source as RawArticle["source"])
        : str(source)
          ? { name: str(source)! }
          : shaped.dateline?.agency
            ? { name: shaped.dateline.agency }
            : undefined;
    const byline = str(data["byline"]) ?? str(data["author"]) ?? shaped.byline;
    const warnings = typeWarnings(data, match?.[1] ?? "");
    const extra = Object.fromEntries(Object.entries(data).filter(([key]) => !KNOWN.has(key) && !isReservedField(key)));
    for (const key of Object.keys(data).filter(isReservedField)) {
      // Eleventy acts on these (templateEngineOverride would run the text as a template): data from a file is never an instruction.
      const line = lineOf(match?.[1] ?? "", key);
      warnings.push(`${line ? `line ${line}: ` : ""}${key}: Eleventy would act on this field, so it is not imported`);
    }
    // The user's "author:" is kept under its own name as well, so nothing they wrote disappears.
    if (data["author"] !== undefined) extra["author"] = data["author"];
    const article: RawArticle = {
      ...(title ? { title } : {}),
      ...(date ? { date, dateSource: "explicit" as const } : {}),
      ...(str(data["dateline"])
        ? { dateline: str(data["dateline"])! }
        : shaped.dateline?.place
          ? { dateline: shaped.dateline.place }
          : {}),
      ...(byline ? { byline } : {}),
      ...(sourceField ? { source: sourceField } : {}),
      ...(strings(data["tags"])?.length ? { tags: strings(data["tags"])! } : {}),
      ...(str(data["language"]) ? { language: str(data["language"])! } : {}),
      ...(str(data["summary"]) ? { summary: str(data["summary"])! } : {}),
      highlights: strings(data["highlights"]) ?? [],
      body: shaped.paragraphs.join("\n\n"),
      removed: shaped.removed,
      ...(Object.keys(extra).length ? { extra } : {}),
    };
    return { articles: [article], errors: [], warnings };
  },
};
