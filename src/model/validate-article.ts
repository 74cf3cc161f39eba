// Checks an article's front matter at build time; each problem names the field and says what to write.
import { DateTime } from "luxon";

/** The problems in one article's front matter, as "field: what is wrong" messages; empty when valid. */
export function validateArticle(data: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const stringList = (field: string) => {
    const value = data[field];
    if (value !== undefined && (!Array.isArray(value) || value.some((item) => typeof item !== "string"))) {
      problems.push(
        `${field}: must be a list of text, like [${field === "tags" ? "pakistan, afghanistan" : '"…", "…"'}]`,
      );
    }
  };
  if (typeof data["title"] !== "string" || data["title"].trim() === "") problems.push("title: required, as text");
  const date = data["date"];
  const valid =
    date instanceof Date ? !Number.isNaN(date.getTime()) : typeof date === "string" && DateTime.fromISO(date).isValid;
  if (!valid) problems.push("date: required, as ISO 8601 like 2025-09-13T18:00:00+05:00");
  for (const field of ["dateline", "byline", "language", "summary"]) {
    if (data[field] !== undefined && typeof data[field] !== "string") problems.push(`${field}: must be text`);
  }
  stringList("highlights");
  stringList("tags");
  const source = data["source"];
  if (source !== undefined && (typeof source !== "object" || source === null || Array.isArray(source))) {
    problems.push("source: must be { name: …, url: … }");
  }
  if (data["draft"] !== undefined && typeof data["draft"] !== "boolean") problems.push("draft: must be true or false");
  return problems;
}
