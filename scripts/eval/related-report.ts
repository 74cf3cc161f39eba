// Reports the sample digest's related stories: coverage, and pairs drawn at random with a fixed seed, for judging by hand.
// Usage: node --import tsx scripts/eval/related-report.ts [--content DIR (default: content)] [--pairs N (default: 50)] [--seed S (default: 13)]
import { parseArgs } from "node:util";
import { loadSiteModel } from "../../src/newsletter/load-site-model.ts";
import type { Story } from "../../src/model/make-story.ts";
import { storyTerms } from "../../src/render/story-terms.ts";
import { readSiteSettings } from "../../src/util/site-settings.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: "content" },
    pairs: { type: "string", default: "50" },
    seed: { type: "string", default: "13" },
  },
});
const content = values.content!;
const wanted = Number(values.pairs);

/** A small seedable generator (mulberry32), so the same seed draws the same pairs on every machine. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const { model, problems } = await loadSiteModel(readSiteSettings(content), { content });
for (const problem of problems) console.error(problem.message);
const { stories, related } = model;
const shown = stories.filter((story) => (related.get(story.url) ?? []).length > 0);
// Every pair a reader sees, once: A under B and B under A are one pair.
const byUrl = new Map(stories.map((story) => [story.url, story]));
const pairs = new Map<string, [Story, Story]>();
for (const story of stories) {
  for (const other of related.get(story.url) ?? []) {
    const key = [story.url, other.url].sort().join(" ");
    if (!pairs.has(key)) pairs.set(key, [story, byUrl.get(other.url) ?? other]);
  }
}
const all = [...pairs.keys()].sort();
const random = randomSource(Number(values.seed));
// Fisher–Yates over the sorted keys: the draw depends on the seed and the pairs only.
for (let i = all.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [all[i], all[j]] = [all[j]!, all[i]!];
}
const drawn = all.slice(0, wanted);

const counts = stories.map((story) => (related.get(story.url) ?? []).length);
console.log(`Stories: ${stories.length}`);
console.log(
  `Showing a related story: ${shown.length} (${((100 * shown.length) / Math.max(1, stories.length)).toFixed(1)}%)`,
);
console.log(`Related stories shown: ${counts.reduce((a, b) => a + b, 0)}; distinct pairs: ${pairs.size}`);
console.log(`\n${drawn.length} pairs drawn at random (seed ${values.seed}):\n`);
const brief = (story: Story) => story.summary.join(" ").slice(0, 400);
drawn.forEach((key, index) => {
  const [a, b] = pairs.get(key)!;
  const termsB = new Set(storyTerms(b).map(({ term }) => term));
  const shared = storyTerms(a)
    .filter(({ term }) => termsB.has(term))
    .map(({ term }) => term);
  const days = Math.round(Math.abs(a.date.getTime() - b.date.getTime()) / 86_400_000);
  console.log(`## ${index + 1}. ${days} days apart; shared: ${shared.join(", ") || "(no term)"}`);
  for (const story of [a, b]) console.log(`- ${story.day} ${story.title} (${story.url})\n  ${brief(story)}`);
  console.log("");
});
