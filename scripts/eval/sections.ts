// Agreement of classifySection with the Wikinews samples' own categories (the ones that carry any).
// Usage: node --import tsx scripts/eval/sections.ts [--verbose]
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { classifySection, type Section } from "../../src/summarise/sections/classify-section.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Which of our sections count as agreeing with a Wikinews category. Other categories (places, people) say nothing. */
const ACCEPTS: Record<string, Section[]> = {
  "Politics and conflicts": ["Politics", "World"],
  Elections: ["Politics"],
  Military: ["World", "Politics"],
  "Human rights": ["World", "Politics", "Crime and justice"],
  Sports: ["Sport"],
  Cricket: ["Sport"],
  Basketball: ["Sport"],
  "Science and technology": ["Science", "Technology"],
  Space: ["Science"],
  Astronomy: ["Science"],
  Physics: ["Science"],
  Chemistry: ["Science"],
  Biology: ["Science"],
  Computing: ["Technology"],
  Internet: ["Technology"],
  Software: ["Technology"],
  Spam: ["Technology"],
  Copyright: ["Technology", "Crime and justice"],
  "Crime and law": ["Crime and justice"],
  "Disasters and accidents": ["Disasters and accidents"],
  Earthquakes: ["Disasters and accidents"],
  "Natural disasters": ["Disasters and accidents"],
  Tsunamis: ["Disasters and accidents"],
  "Missing persons": ["Disasters and accidents", "Crime and justice"],
  Health: ["Health"],
  "Economy and business": ["Business"],
  "Stock market": ["Business"],
  "Culture and entertainment": ["Culture"],
  Film: ["Culture"],
  "Music videos": ["Culture"],
  Environment: ["Environment"],
  "Climate change": ["Environment"],
};

const samples = readFileSync(path.resolve(repoRoot, "../shared/samples/wikinews.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; title: string; text: string; categories?: string[] })
  .filter((s) => s.categories?.length);
let agree = 0;
let topical = 0;
for (const s of samples) {
  const ours = classifySection(s.text, s.title);
  const accepted = new Set(s.categories!.flatMap((c) => ACCEPTS[c] ?? []));
  // A story whose categories are only places is general news: "World" is the right answer.
  if (accepted.size === 0) accepted.add("World");
  else topical++;
  const ok = accepted.has(ours);
  if (ok) agree++;
  if (process.argv.includes("--verbose") || !ok)
    console.log(`${ok ? "ok  " : "MISS"} ${ours.padEnd(24)} ${s.id.slice(0, 60)}  [${s.categories!.join(", ")}]`);
}
console.log(
  `agreement: ${agree}/${samples.length} (${((100 * agree) / samples.length).toFixed(0)}%); ${topical} with a topical category`,
);
