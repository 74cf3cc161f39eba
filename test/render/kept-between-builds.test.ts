// What the dev server keeps from one rebuild to the next (files read, stories, word counts) never changes what it shows:
// after edits, additions and deletions, the model is the one a fresh build makes of the same articles.
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSiteModel } from "../../src/render/build-site-model.ts";
import { textVectors, type VectorText } from "../../src/render/text-vectors.ts";
import type { SiteModel } from "../../src/model/site-model.ts";
import type { Digest } from "../../src/model/types.ts";
import { type ArticleItem, type KeptReads, readArticles } from "../../src/summarise/read-articles.ts";
import { digestAll } from "../../src/summarise/run/digest-all.ts";
import { KeptBetweenBuilds } from "../../src/util/kept-between-builds.ts";
import { readSiteSettings } from "../../src/util/site-settings.ts";
import { TEST_ROOT } from "../helpers/build-site.ts";

const root = join(TEST_ROOT, "kept-between-builds");
const articles = join(root, "articles");
const settings = readSiteSettings("content");

/** The articles as the summarise stage hands them over, newest first, with their digests. */
async function summarised(kept?: KeptReads): Promise<{ items: ArticleItem[]; digests: Map<string, Digest> }> {
  const { items } = await readArticles(articles, { kept });
  items.sort((a, b) => b.date.getTime() - a.date.getTime() || a.inputPath.localeCompare(b.inputPath));
  const { digests } = await digestAll(
    items.map((item) => ({ key: item.inputPath, input: { title: String(item.data["title"]), text: item.rawInput } })),
    { sentences: settings.summarySentences },
  );
  return { items, digests };
}

/** All a reader could see of a model, as plain data: every story, page and related list, in order. */
function shown(model: SiteModel): string {
  return JSON.stringify(
    {
      stories: model.stories,
      editions: model.editions,
      listings: model.listings,
      months: model.months,
      related: [...model.related].map(([url, stories]) => [url, stories.map((story) => story.url)]),
      redirects: model.redirects,
      labelUrls: Object.entries(model.labelUrls).map(([kind, urls]) => [kind, [...urls]]),
    },
    (_, value) => (value instanceof Map ? [...value] : value),
  );
}

const file = (path: string) => join(articles, path);
const edit = async (path: string, change: (text: string) => string) =>
  writeFile(file(path), change(await readFile(file(path), "utf8")));

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await cp("content/articles", articles, { recursive: true });
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe("the dev server's rebuilds", () => {
  it("make the same model as a fresh build after an edit, a new headline, an added and a deleted article", async () => {
    const reads: KeptReads = new Map();
    const kept = new KeptBetweenBuilds();
    const first = await summarised(reads);
    const keptDigests = new Map(first.items.map((item) => [item, first.digests.get(item.inputPath)!]));
    await buildSiteModel(first.items, first.digests, settings, undefined, kept);
    kept.sweep();
    expect(kept.size).toBeGreaterThan(first.items.length);

    // A story with related stories gets new words in its opening; another a new headline; one is deleted; one added.
    const paths = first.items.map((item) => item.inputPath.replace(/^.*\/articles\//, ""));
    const [edited, retitled, deleted, copied] = [paths[10]!, paths[40]!, paths[70]!, paths[100]!];
    await edit(edited, (text) =>
      text.replace(/\n---\n/, "\n---\nVolcanic ash from Mount Etna closed airports in Sicily. "),
    );
    await edit(retitled, (text) => text.replace(/^title: .*$/m, "title: Volcanic ash closes airports in Sicily"));
    await rm(file(deleted));
    await mkdir(join(articles, "2011", "12", "31"), { recursive: true });
    await writeFile(
      file("2011/12/31/etna-erupts-again.md"),
      (await readFile(file(copied), "utf8"))
        .replace(/^title: .*$/m, "title: Etna erupts again, ash reaches Catania")
        .replace(/^date: .*$/m, "date: 2011-12-31T10:00:00Z"),
    );

    const second = await summarised(reads);
    // As the summarise stage does: an item read again unchanged keeps its digest object.
    const digests = new Map(
      second.items.map((item) => [item.inputPath, keptDigests.get(item) ?? second.digests.get(item.inputPath)!]),
    );
    const unchanged = second.items.filter((item) => keptDigests.has(item)).length;
    expect(unchanged).toBe(first.items.length - 3);
    const rebuilt = await buildSiteModel(second.items, digests, settings, undefined, kept);
    kept.sweep();

    const fresh = await summarised();
    const model = await buildSiteModel(fresh.items, fresh.digests, settings);
    expect(model.stories.map((story) => story.title)).toContain("Etna erupts again, ash reaches Catania");
    expect(model.stories.map((story) => story.title)).toContain("Volcanic ash closes airports in Sicily");
    expect(shown(rebuilt)).toBe(shown(model));
  }, 120_000);

  it("give a file read again its same item until its text changes, and keep reporting a broken file", async () => {
    const reads: KeptReads = new Map();
    const before = await readArticles(articles, { kept: reads });
    const broken = "2011/12/30/broken-front-matter.md";
    await mkdir(join(articles, "2011", "12", "30"), { recursive: true });
    await writeFile(file(broken), "---\ntitle: [unclosed\n---\nText.\n");
    const [one, two] = before.items;
    await edit(one!.inputPath.replace(/^.*\/articles\//, ""), (text) => `${text}\nA line added.\n`);
    const after = await readArticles(articles, { kept: reads });
    const again = await readArticles(articles, { kept: reads });
    await rm(file(broken));
    const gone = await readArticles(articles, { kept: reads });

    const byPath = (items: ArticleItem[], path: string) => items.find((item) => item.inputPath === path);
    expect(byPath(after.items, two!.inputPath)).toBe(two);
    expect(byPath(after.items, one!.inputPath)).not.toBe(one);
    expect(byPath(after.items, one!.inputPath)!.rawInput).toContain("A line added.");
    for (const read of [after, again]) {
      expect(read.problems.map((problem) => problem.message).join("\n")).toMatch(/broken-front-matter.*not valid YAML/);
    }
    expect(gone.problems).toEqual([]);
    expect(reads.size).toBe(gone.items.length);
  });
});

describe("text vectors kept between builds", () => {
  it("are the same, id for id and weight for weight, as vectors made afresh when new words come first", () => {
    const text = (key: string, title: string, opening: string, places: string[] = []): VectorText => ({
      key,
      title,
      text: opening,
      places,
      people: ["Alexei Navalny"],
    });
    const base = [
      text("a", "Harbour reopens after storm", "The harbour at Dover reopened after the storm damaged two piers."),
      text("b", "Ferries return to Dover", "Ferries returned to Dover a day after the harbour reopened.", ["Dover"]),
      text("c", "Pier repairs to take a year", "Repairs to the two piers damaged in the storm will take a year."),
    ];
    const kept = new KeptBetweenBuilds();
    textVectors(base, { kept });
    kept.sweep();
    const changed = [
      text("d", "Calais ferry route opens", "A new ferry route from Dover to Calais opens in the spring.", ["Calais"]),
      base[0]!,
      text("b", "Ferries return to Dover", "Ferries from Calais returned to Dover after the storm.", ["Dover"]),
      base[2]!,
    ];
    const plain = (vectors: ReturnType<typeof textVectors>) =>
      vectors.map(({ ids, weights }) => ({ ids: [...ids], weights: [...weights] }));
    const again = plain(textVectors(changed, { kept }));
    expect(again).toEqual(plain(textVectors(changed)));
    expect(again[0]!.ids.length).toBeGreaterThan(5);
  });
});
