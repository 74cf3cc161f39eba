// Times same-event grouping and related stories on the bench corpus, as the site model calls them; prints medians.
// Usage: node --import tsx scripts/bench/related-speed.ts [--articles N (default: 10000)] [--runs R (default: 5)]
import { existsSync } from "node:fs";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { readArticleText } from "../../src/model/article-file.ts";
import { importFiles } from "../../src/import/index.ts";
import { loadSiteModel } from "../../src/newsletter/load-site-model.ts";
import { findRelated } from "../../src/render/find-related.ts";
import { groupSameEvent } from "../../src/render/group-same-event.ts";
import type { Story } from "../../src/model/make-story.ts";
import { readSiteSettings } from "../../src/util/site-settings.ts";
import { CORPUS_VERSION, generateCorpus } from "./generate-corpus.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    runs: { type: "string", default: "5" },
    seed: { type: "string", default: "1" },
  },
});
const articles = Number(values.articles);
const runs = Number(values.runs);
const seed = Number(values.seed);
// Its own folder beside the build bench's, so the two never empty each other's caches.
const root = path.join(".cache", "bench", `related-${articles}`);
const content = path.join(root, "content");

/** Generates and imports the corpus unless the same one (count, seed, generator version) is there already. */
async function ensureCorpus(): Promise<void> {
  const marker = path.join(root, "corpus.json");
  const wanted = JSON.stringify({ articles, seed, version: CORPUS_VERSION });
  if (existsSync(marker) && (await readFile(marker, "utf8")) === wanted) return;
  await rm(root, { recursive: true, force: true });
  await mkdir(path.join(content, "_data"), { recursive: true });
  console.error(`Generating and importing ${articles} articles into ${content}…`);
  await generateCorpus({ count: articles, seed, dir: path.join(root, "inbox") });
  await importFiles([path.join(root, "inbox")], { articlesDir: path.join(content, "articles"), zone: "UTC" });
  await copyFile("content/articles/articles.11tydata.mjs", path.join(content, "articles", "articles.11tydata.mjs"));
  await writeFile(
    path.join(content, "_data", "site.json"),
    `${JSON.stringify({ title: "Bench", url: "https://bench.example.org", timezone: "UTC" })}\n`,
  );
  await writeFile(marker, wanted);
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

await ensureCorpus();
const settings = readSiteSettings(content);
console.error("Building the site model (summaries from the cache after the first run)…");
const { model } = await loadSiteModel(settings, { content, cacheDir: path.join(root, "summaries") });
const bodies = new Map<string, string>();
for (const story of model.stories)
  bodies.set(story.inputPath, readArticleText(await readFile(story.inputPath, "utf8")).body);
const textOf = (story: Story) => bodies.get(story.inputPath) ?? "";

const grouping: number[] = [];
const relating: number[] = [];
let shown = 0;
for (let run = 0; run < runs; run++) {
  let started = performance.now();
  const groups = groupSameEvent(model.stories, textOf);
  grouping.push(performance.now() - started);
  // The same options as buildSiteModel gives.
  const followers = new Set<Story>();
  const groupOf = new Map<Story, Story>();
  for (const [lead, others] of groups) {
    for (const story of others) followers.add(story);
    for (const story of [lead, ...others]) groupOf.set(story, lead);
  }
  started = performance.now();
  const related = findRelated(model.stories, {
    eligible: (story) => !story.draft && !followers.has(story),
    textOf,
    eventOf: (story) => groupOf.get(story),
  });
  relating.push(performance.now() - started);
  shown = [...related.values()].filter((list) => list.length > 0).length;
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  `${model.stories.length} stories, ${runs} runs (medians): groupSameEvent ${seconds(median(grouping))}, findRelated ${seconds(median(relating))}`,
);
console.log(
  `  all runs: groupSameEvent ${grouping.map(seconds).join(", ")}; findRelated ${relating.map(seconds).join(", ")}`,
);
console.log(`  stories showing a related story: ${shown} (${((100 * shown) / model.stories.length).toFixed(1)}%)`);
