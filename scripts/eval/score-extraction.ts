// Scores extracted text against the text a person kept, as a bag of words (the trafilatura and ScrapingHub benchmarks' measure).
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";

/** Token precision, recall and F1 of one page (each 0 to 1). */
export interface ExtractionScore {
  precision: number;
  recall: number;
  f1: number;
}

/** One gold page: its folder name, the saved page, and the story's text a person would keep. */
export interface GoldPage {
  name: string;
  html: string;
  expected: string;
}

/** The words of `text`, lower case, letters and digits only: punctuation and Markdown markers do not count. */
export function extractionTokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize("NFC")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Bag-of-words precision, recall and F1 of `found` against `expected`; an empty text on both sides scores 1. */
export function scoreExtraction(found: string, expected: string): ExtractionScore {
  const have = extractionTokens(found);
  const want = extractionTokens(expected);
  if (have.length === 0 && want.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const counts = new Map<string, number>();
  for (const token of want) counts.set(token, (counts.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of have) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(token, left - 1);
    }
  }
  const precision = have.length ? shared / have.length : 0;
  const recall = want.length ? shared / want.length : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The gold pages under `dir`: each folder holds `page.html` and `expected.txt`, in name order. */
export function readGoldSet(dir: string): GoldPage[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "page.html")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      html: readFileSync(path.join(dir, name, "page.html"), "utf8"),
      expected: readFileSync(path.join(dir, name, "expected.txt"), "utf8"),
    }));
}
