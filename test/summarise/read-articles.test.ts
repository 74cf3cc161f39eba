// The summarise stage reads the articles folder itself: URLs from paths, problems by file and line, drafts, inputs kept.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { TEST_ROOT } from "../helpers/build-site.ts";
import { readArticles } from "../../src/summarise/read-articles.ts";

const folder = join(TEST_ROOT, "read-articles", "articles");
const FILES: Record<string, string> = {
  "2025/09/13/harbour-deal.md": `---\ntitle: Harbour deal signed\ndate: 2025-09-13T18:00:00+05:00\ntags: [ports]\n---\n\nThe harbour deal was signed.\n`,
  "2025/09/12/date-only.md": `---\ntitle: "A day without a time"\ndate: 2025-09-12\n---\n\nText.\n`,
  "2025/09/11/draft.md": `---\ntitle: Embargoed\ndate: 2025-09-11T10:00:00Z\ndraft: true\n---\n\nNot yet.\n`,
  "2025/09/10/broken.md": `---\ntitle: "Broken\ndate: 2025-09-10\n---\n\nText.\n`,
  "2025/09/09/no-title.md": `---\ndate: 2025-09-09T10:00:00Z\n---\n\nText.\n`,
  "2025/09/08/layout.md": `---\ntitle: Acts on the site\ndate: 2025-09-08T10:00:00Z\nlayout: feeds/json-feed.njk\n---\n\nText.\n`,
  "2025/09/07/.#swap.md": `not an article`,
  "2025/09/07/notes.txt": `not Markdown`,
};

describe("reading the articles folder", () => {
  beforeAll(async () => {
    await rm(join(TEST_ROOT, "read-articles"), { recursive: true, force: true });
    for (const [path, text] of Object.entries(FILES)) {
      await mkdir(join(folder, path, ".."), { recursive: true });
      await writeFile(join(folder, path), text);
    }
  });

  it("gives each valid article its URL from its place in the folder, with no data file there", async () => {
    const { items } = await readArticles(folder);
    expect(items.map((item) => item.url).sort()).toEqual(["/2025/09/12/date-only/", "/2025/09/13/harbour-deal/"]);
    const deal = items.find((item) => item.url === "/2025/09/13/harbour-deal/")!;
    expect(deal.date.toISOString()).toBe("2025-09-13T13:00:00.000Z");
    expect(deal.data["tags"]).toEqual(["ports"]);
    expect(deal.rawInput.trim()).toBe("The harbour deal was signed.");
    expect(deal.inputPath).toBe(`./${join(folder, "2025/09/13/harbour-deal.md")}`);
  });

  it("names each bad file, with the line of a YAML error, in file order, and leaves it out", async () => {
    const { problems } = await readArticles(folder);
    const messages = problems.map((problem) => problem.message);
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/08\/layout\.md: layout: not allowed in an article/);
    expect(messages[1]).toMatch(/09\/no-title\.md: title: required/);
    expect(messages[2]).toMatch(/10\/broken\.md: line \d+: front matter is not valid YAML/);
  });

  it("leaves drafts out of a production build and keeps them for a preview", async () => {
    expect((await readArticles(folder)).items.some((item) => item.data["title"] === "Embargoed")).toBe(false);
    expect(
      (await readArticles(folder, { drafts: true })).items.some((item) => item.data["title"] === "Embargoed"),
    ).toBe(true);
  });

  it("never changes the files it reads", async () => {
    await readArticles(folder, { drafts: true });
    for (const [path, text] of Object.entries(FILES)) expect(await readFile(join(folder, path), "utf8")).toBe(text);
  });

  it("reads an absent folder as no articles", async () => {
    expect(await readArticles(join(folder, "missing"))).toEqual({ items: [], problems: [] });
  });
});
