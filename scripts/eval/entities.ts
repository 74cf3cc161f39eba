// Prints the people, places and organisations found in Wikinews samples, for checking by eye.
// Usage: node --import tsx scripts/eval/entities.ts [count=30] [offset=0]
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { digestArticle } from "../../src/summarise/index.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const count = Number(process.argv[2] ?? 30);
const offset = Number(process.argv[3] ?? 0);
const samples = readFileSync(path.resolve(repoRoot, "../shared/samples/wikinews.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .slice(offset, offset + count)
  .map((line) => JSON.parse(line) as { id: string; title: string; text: string });
for (const s of samples) {
  const d = digestArticle({ title: s.title, text: s.text });
  console.log(`## ${s.title}`);
  console.log(`  people: ${d.people.join(" | ")}`);
  console.log(`  places: ${d.places.join(" | ")}`);
  console.log(`  orgs:   ${d.organisations.join(" | ")}`);
}
