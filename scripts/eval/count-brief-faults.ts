// Counts the briefs that do not stand on their own, by kind of fault, for `npm run eval`.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readArticleText } from "../../src/model/article-file.ts";
import { cleanSentence } from "../../src/summarise/sentences/clean-sentence.ts";
import { BRIEF_FAULTS, findBriefFaults, type BriefFault } from "../../src/summarise/brief/find-brief-faults.ts";
import { splitSentences } from "../../src/summarise/sentences/split-sentences.ts";
import { summarise } from "../../src/summarise/brief/summarise-text.ts";
import { toPlainBlocks } from "../../src/summarise/sentences/to-plain-blocks.ts";

/** How many briefs have each fault, out of how many. */
export interface FaultCounts {
  briefs: number;
  faults: Record<BriefFault, number>;
}

/** An empty tally. */
export const noFaults = (): FaultCounts => ({
  briefs: 0,
  faults: Object.fromEntries(BRIEF_FAULTS.map((f) => [f, 0])) as Record<BriefFault, number>,
});

/** Adds one brief of an article (its text) to a tally. */
export function tallyBrief(counts: FaultCounts, brief: string[], text: string): void {
  counts.briefs++;
  for (const fault of findBriefFaults(brief, splitSentences(text).map(cleanSentence), toPlainBlocks(text)))
    counts.faults[fault]++;
}

/** The briefs the sample digest's articles get (`sentences` each, as the site makes them), tallied. */
export function sampleBriefFaults(articlesDir: string, sentences: number): FaultCounts {
  const counts = noFaults();
  const files = readdirSync(articlesDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".md"))
    .sort();
  for (const file of files) {
    const { data, body: content } = readArticleText(readFileSync(path.join(articlesDir, file), "utf8"));
    const brief = summarise({ title: String(data["title"] ?? ""), text: content }, { sentences });
    tallyBrief(counts, brief, content);
  }
  return counts;
}

/** One line of a table: "21 open quotation · 11 speaker label · …" with percentages. */
export function describeFaults(counts: FaultCounts): string {
  const pct = (n: number) => (counts.briefs ? ((100 * n) / counts.briefs).toFixed(1) : "0.0");
  return BRIEF_FAULTS.map((fault) => `${counts.faults[fault]} (${pct(counts.faults[fault])}%)`).join(" | ");
}
