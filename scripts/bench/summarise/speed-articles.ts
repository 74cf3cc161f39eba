// The articles the summariser's speed tools time: the sample digest's (content/articles, in every clone) and, once
// `npm run bench -- --articles N` has generated its corpus, the first of those.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SummaryInput } from "../../../src/model/types.ts";
import { readArticles } from "../../../src/summarise/read-articles.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** The articles of a folder as the summarise stage reads them, in path order: title and Markdown body. */
async function articlesIn(folder: string): Promise<SummaryInput[]> {
  if (!existsSync(folder)) return [];
  const { items } = await readArticles(folder, { drafts: true });
  return items
    .sort((a, b) => a.inputPath.localeCompare(b.inputPath))
    .map((item) => ({ title: String(item.data["title"]), text: item.rawInput }));
}

/** The sample digest's articles. */
export const sampleArticles = (): Promise<SummaryInput[]> => articlesIn(path.join(repoRoot, "content", "articles"));

/** The first `count` articles of the bench's corpus of `size` (default: 10,000), none when it was not generated. */
export async function benchArticles(count: number, size = 10_000): Promise<SummaryInput[]> {
  if (!count) return [];
  const folder = path.join(repoRoot, ".cache", "bench", String(size), "content", "articles");
  if (!existsSync(folder)) console.error(`No bench corpus in ${folder}: run \`npm run bench -- --articles ${size}\`.`);
  return (await articlesIn(folder)).slice(0, count);
}
