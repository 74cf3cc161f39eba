// Which pages a build draws again: a page whose hash is the same as in the last build is taken from it, so a hash
// must change with everything its page shows, and with nothing else.
import { beforeAll, describe, expect, it } from "vitest";
import { buildSiteModel } from "../../src/render/build-site-model.ts";
import { listedPageHashes, listedPages, storyPageHashes } from "../../src/render/page-hashes.ts";
import type { SiteModel } from "../../src/model/site-model.ts";
import type { Story } from "../../src/model/make-story.ts";
import { readArticles } from "../../src/summarise/read-articles.ts";
import { digestAll } from "../../src/summarise/run/digest-all.ts";
import { readSiteSettings } from "../../src/util/site-settings.ts";

const settings = readSiteSettings("content");
let model: SiteModel;
let bodies: Map<string, string>;

/** The sample digest's model, as a build makes it. */
beforeAll(async () => {
  const { items } = await readArticles("content/articles");
  items.sort((a, b) => b.date.getTime() - a.date.getTime() || a.inputPath.localeCompare(b.inputPath));
  const { digests } = await digestAll(
    items.map((item) => ({ key: item.inputPath, input: { title: String(item.data["title"]), text: item.rawInput } })),
    { sentences: settings.summarySentences },
  );
  model = await buildSiteModel(items, digests, settings);
  bodies = new Map(items.map((item) => [item.inputPath, item.rawInput]));
}, 120_000);

/** The URLs whose hash differs between two maps of hashes. */
const changed = (before: Map<string, string>, after: Map<string, string>) =>
  [...after].filter(([url, hash]) => before.get(url) !== hash).map(([url]) => url);

/** The listed pages (editions, listing pages, archive months) that name `story`. */
const naming = (story: Story) =>
  listedPages(model)
    .filter((page) => JSON.stringify(page).includes(JSON.stringify(story.url)))
    .map((page) => page.url);

describe("the hashes of the pages", () => {
  it("draw again only the story's own page when its related stories change, not the editions and listings that name it", () => {
    const story = model.stories.find((candidate) => (model.related.get(candidate.url) ?? []).length > 0)!;
    expect(story).toBeDefined();
    expect(naming(story).length).toBeGreaterThan(2);
    const stories = storyPageHashes(model, bodies);
    const listed = listedPageHashes(model);
    const related = model.related.get(story.url)!;
    try {
      // A new story elsewhere in the site would be related to it instead: its page shows other related stories.
      model.related.set(story.url, related.slice(1));
      expect(changed(stories, storyPageHashes(model, bodies))).toEqual([story.url]);
      expect(changed(listed, listedPageHashes(model))).toEqual([]);
    } finally {
      model.related.set(story.url, related);
    }
  });

  it("draw again every edition and listing page that names a story whose brief changed, and only those", () => {
    const story = model.stories.find((candidate) => naming(candidate).length > 2)!;
    const listed = listedPageHashes(model);
    const summary = story.summary;
    try {
      story.summary = [...summary, "The council said more work would follow."];
      const redrawn = changed(listed, listedPageHashes(model));
      expect(redrawn.length).toBeGreaterThan(2);
      expect(redrawn.sort()).toEqual(naming(story).sort());
    } finally {
      story.summary = summary;
    }
  });
});
