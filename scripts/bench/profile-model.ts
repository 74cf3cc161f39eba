// Times the site model's parts (stories, editions, listings, related) on a benchmark corpus whose summaries are cached.
// Usage: node --import tsx scripts/bench/profile-model.ts .cache/bench/10000
import path from "node:path";
import { findRelated } from "../../src/render/find-related.ts";
import { groupEditions, groupListings, groupMonths } from "../../src/render/group-stories.ts";
import { makeStory } from "../../src/model/make-story.ts";
import { digestAll } from "../../src/summarise/index.ts";
import { readArticles } from "../../src/summarise/read-articles.ts";
import { readSiteSettings } from "../../src/util/site-settings.ts";

const root = process.argv[2] ?? ".cache/bench/1000";
const articlesDir = path.join(root, "content", "articles");
const settings = readSiteSettings(path.join(root, "content"));
const { items } = await readArticles(articlesDir);
items.sort((a, b) => b.date.getTime() - a.date.getTime() || a.inputPath.localeCompare(b.inputPath));
const time = async <T>(label: string, work: () => T | Promise<T>): Promise<T> => {
  const started = performance.now();
  const result = await work();
  console.log(`${label.padEnd(22)} ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
};
const { digests } = await time("digestAll (cached)", () =>
  digestAll(
    items.map((item) => ({ key: item.inputPath, input: { title: String(item.data["title"]), text: item.rawInput } })),
    {
      sentences: settings.summarySentences,
      cacheDir: path.join(root, "summaries"),
    },
  ),
);
const stories = await time("makeStory", () =>
  items.map((item) => makeStory(item, digests.get(item.inputPath), settings)),
);
const editions = await time("groupEditions", () => groupEditions(stories));
for (const [kind, min] of [
  ["topics", 1],
  ["sources", 1],
  ["people", settings.minStoriesForPage],
  ["places", settings.minStoriesForPage],
] as const) {
  const { pages, index } = await time(`groupListings ${kind}`, () =>
    groupListings(stories, kind, settings.pageSize, min),
  );
  console.log(`  ${kind}: ${index.length} labels with a page, ${pages.length} pages`);
}
await time("groupMonths", () => groupMonths(editions));
await time("findRelated", () => findRelated(stories));
console.log(`${stories.length} stories, ${editions.length} editions`);
