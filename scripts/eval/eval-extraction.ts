// `npm run eval -- --extraction`: token precision, recall and F1 of the importer and of Readability alone on the gold pages.
import { importerText, readabilityText } from "./extract-gold-text.ts";
import { readGoldSet, scoreExtraction, type ExtractionScore } from "./score-extraction.ts";

/** Both extractors' scores for one page; `error` when the importer refused the page. */
export interface PageResult {
  name: string;
  ours: ExtractionScore;
  readability: ExtractionScore;
  error?: string;
}

const ZERO: ExtractionScore = { precision: 0, recall: 0, f1: 0 };

/** Scores every gold page under `dir`. A page the importer refuses scores zero and carries the error. */
export async function scoreGoldSet(dir: string): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const page of readGoldSet(dir)) {
    const readability = scoreExtraction(readabilityText(page.html), page.expected);
    try {
      const { text } = await importerText(page.html, `${page.name}/page.html`);
      results.push({ name: page.name, ours: scoreExtraction(text, page.expected), readability });
    } catch (error) {
      results.push({ name: page.name, ours: ZERO, readability, error: (error as Error).message });
    }
  }
  return results;
}

/** The mean of each measure over the pages. */
export function meanScore(scores: ExtractionScore[]): ExtractionScore {
  const mean = (key: keyof ExtractionScore): number =>
    scores.reduce((sum, score) => sum + score[key], 0) / Math.max(scores.length, 1);
  return { precision: mean("precision"), recall: mean("recall"), f1: mean("f1") };
}

/** Prints the table: with `verbose` one row per page, then the means for the importer and for Readability alone. */
export async function evalExtraction(dir: string, verbose: boolean): Promise<void> {
  const results = await scoreGoldSet(dir);
  const f = (n: number): string => n.toFixed(3);
  console.log(`Extraction on ${results.length} gold pages (${dir})`);
  if (verbose) {
    console.log("| page | ours P | ours R | ours F1 | Readability P | R | F1 |");
    console.log("|---|---|---|---|---|---|---|");
    for (const r of results) {
      console.log(
        `| ${r.name} | ${f(r.ours.precision)} | ${f(r.ours.recall)} | ${f(r.ours.f1)} | ${f(r.readability.precision)} | ${f(r.readability.recall)} | ${f(r.readability.f1)} |${r.error ? ` ${r.error}` : ""}`,
      );
    }
    console.log("");
  }
  console.log("| extractor | precision | recall | F1 | pages with F1 < 0.9 |");
  console.log("|---|---|---|---|---|");
  for (const [label, key] of [
    ["importer", "ours"],
    ["Readability alone", "readability"],
  ] as const) {
    const mean = meanScore(results.map((r) => r[key]));
    const weak = results.filter((r) => r[key].f1 < 0.9).length;
    console.log(`| ${label} | ${f(mean.precision)} | ${f(mean.recall)} | ${f(mean.f1)} | ${weak} |`);
  }
  const failed = results.filter((r) => r.error);
  for (const r of failed) console.error(`${r.name}: ${r.error}`);
  if (failed.length) process.exitCode = 1;
}
