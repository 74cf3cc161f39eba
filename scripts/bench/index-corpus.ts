// Builds only the search index of a benchmark corpus (summaries cached) into a site's pagefind/: for bench-index.ts.
// Usage: node --import tsx scripts/bench/index-corpus.ts <corpus root> <site> <shard stories> <shards at once> <shard cache>
import path from "node:path";
import { buildSearchShards } from "../../src/index/build-search-shards.ts";
import { makeStory } from "../../src/model/make-story.ts";
import { digestAll } from "../../src/summarise/index.ts";
import { readArticles } from "../../src/summarise/read-articles.ts";
import { readSiteSettings } from "../../src/util/site-settings.ts";

const [
  root = ".cache/bench/10000",
  site = `${root}/site`,
  shardStories = "2500",
  atOnce = "2",
  cacheDir = `${root}/index-bench-shards`,
] = process.argv.slice(2);
const articlesDir = path.join(root, "content", "articles");
const settings = readSiteSettings(path.join(root, "content"));
const { items } = await readArticles(articlesDir);
const bodies = new Map(items.map((item) => [item.inputPath, item.rawInput]));
const { digests } = await digestAll(
  items.map((item) => ({ key: item.inputPath, input: { title: String(item.data["title"]), text: item.rawInput } })),
  {
    sentences: settings.summarySentences,
    cacheDir: path.join(root, "summaries"),
  },
);
const stories = items.map((item) => makeStory(item, digests.get(item.inputPath), settings));
const started = performance.now();
const result = await buildSearchShards(
  stories,
  (inputPath) => bodies.get(inputPath) ?? "",
  settings,
  path.join(site, "pagefind"),
  {
    maxStories: Number(shardStories),
    parallel: Number(atOnce),
    memoryMb: Infinity,
    cacheDir,
  },
);
console.log(
  JSON.stringify({
    ...result,
    errors: result.errors.map((error) => error.message),
    indexSeconds: (performance.now() - started) / 1000,
  }),
);
