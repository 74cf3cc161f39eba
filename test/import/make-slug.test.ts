// Slugs transliterate what the old slug function dropped, and every address it made stays as it was.
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importFiles } from "../../src/import/index.ts";
import { legacySlug, makeSlug } from "../../src/model/make-slug.ts";
import type { ListingPage } from "../../src/model/site-model.ts";
import { slugRedirects } from "../../src/render/slug-redirects.ts";

const temp = await mkdtemp(join(tmpdir(), "broadsheet-slug-"));
afterAll(() => rm(temp, { recursive: true, force: true }));

describe("makeSlug", () => {
  it.each([
    ["Archæologist finds Roman road", "archaeologist-finds-roman-road"],
    ["Straße in München gesperrt", "strasse-in-munchen-gesperrt"],
    ["Øresund bridge reopens", "oresund-bridge-reopens"],
    ["Łódź council votes", "lodz-council-votes"],
    ["Москва голосует", "moskva-golosuet"],
    ["Þingvellir park closes", "thingvellir-park-closes"],
  ])("spells %s in ASCII letters", (title, slug) => {
    expect(makeSlug(title, "fallback")).toBe(slug);
  });

  it("gives an Arabic title an ASCII transliteration, not a hash", () => {
    const slug = makeSlug("القاهرة تستضيف القمة", "fallback");
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slug).not.toBe("fallback");
  });

  it("falls back to the id when nothing can be spelt in ASCII", () => {
    expect(makeSlug("東京", "3f2a9c1b")).toBe("3f2a9c1b");
  });

  it("keeps the old slug of every title the old function spelt without loss", () => {
    const titles = [
      "Café Zoë opens in Zürich",
      "O'Brien and McDonald meet",
      "Q&A: the vote explained",
      "Pakistan’s ‘respectful’ ties",
      "São Paulo metro",
      "2025 budget: what changes",
      "Ségolène Royal à Évry",
    ];
    for (const title of titles) expect(makeSlug(title, "x"), title).toBe(legacySlug(title));
    expect(makeSlug("O'Brien and McDonald meet", "x")).toBe("obrien-and-mcdonald-meet");
  });
});

describe("re-importing a story published under the old slug", () => {
  it("keeps its file name, so its address does not move", async () => {
    const inbox = join(temp, "inbox");
    const articles = join(temp, "articles");
    await mkdir(inbox, { recursive: true });
    const input = join(inbox, "story.txt");
    await writeFile(
      input,
      "Title: Archæologist finds Roman road\nDate: 2025-03-04\n\nAn archæologist found a Roman road under the car park on Tuesday, the council said.\n",
    );
    const first = await importFiles([input], { articlesDir: articles, zone: "UTC" });
    expect(first.entries[0]?.article).toMatch(/2025\/03\/04\/archaeologist-finds-roman-road\.md$/);
    // As the importer before transliteration had named it.
    await rename(
      join(articles, "2025/03/04/archaeologist-finds-roman-road.md"),
      join(articles, "2025/03/04/arch-ologist-finds-roman-road.md"),
    );
    await importFiles([input], { articlesDir: articles, zone: "UTC" });
    expect(await readdir(join(articles, "2025/03/04"))).toEqual(["arch-ologist-finds-roman-road.md"]);
  });
});

describe("label pages whose slug changed", () => {
  const page = (kind: ListingPage["kind"], name: string, slug: string, number = 1) =>
    ({ kind, name, slug, url: `/${kind}/${slug}/${number > 1 ? `${number}/` : ""}`, page: number }) as ListingPage;

  it("redirect from the old address to the new one, and only those", () => {
    const redirects = slugRedirects([
      page("places", "Łódź", "lodz"),
      page("places", "Łódź", "lodz", 2),
      page("places", "Zürich", "zurich"),
      page("people", "Владимир Путин", "vladimir-putin"),
    ]);
    expect(redirects).toContainEqual({ from: "/places/odz/", to: "/places/lodz/" });
    expect(
      redirects.some((redirect) => redirect.from.startsWith("/people/") && redirect.to === "/people/vladimir-putin/"),
    ).toBe(true);
    expect(redirects).toHaveLength(2);
  });
});
