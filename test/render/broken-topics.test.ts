// A broken topics.json is a clear error naming the file and line; the rest of the site still builds.
import { beforeAll, describe, expect, it } from "vitest";
import { buildContent, type BuiltSite } from "../helpers/build-site.ts";
import { listFiles } from "../helpers/read-site.ts";

const article = (n: number, tags: string) =>
  `---\ntitle: "Harbour story ${n}"\ndate: 2025-04-0${n}T09:00:00Z\ntags: [${tags}]\n---\n\n` +
  `The harbour board met on day ${n}, officials said. Ferries ran late after the meeting and the football match.\n`;
const ARTICLES = { "2025/04/01/one.md": article(1, "Sports"), "2025/04/02/two.md": article(2, "Soccer") };

/** Builds the two articles with `topics` as the content folder's topics.json (beside articles/, hence the "../"). */
const buildWith = (name: string, topics: string): Promise<BuiltSite> =>
  buildContent(name, { ...ARTICLES, "../topics.json": topics }, {}, ["--no-search"]);

describe("a broken topics.json", () => {
  let badJson: BuiltSite;
  let cycle: BuiltSite;
  beforeAll(async () => {
    [badJson, cycle] = await Promise.all([
      buildWith(
        "topics-bad-json",
        '{\n  "topics": ["Sport"],\n  "synonyms": {\n    "Soccer": "Sport"\n    "Football": "Sport"\n  }\n}\n',
      ),
      buildWith(
        "topics-cycle",
        '{\n  "topics": ["Sport"],\n  "synonyms": {\n    "Soccer": "Football",\n    "Football": "Soccer"\n  }\n}\n',
      ),
    ]);
  });

  it("names the file and the line of bad JSON, exits 1, and builds the site with the built-in topics", async () => {
    expect(badJson.code).toBe(1);
    expect(badJson.stderr).toMatch(/topics\.json:5: not valid JSON/);
    const files = await listFiles(badJson.output);
    expect(files).toContain("index.html");
    expect(files).toContain("2025/04/01/one/index.html");
    // The built-in vocabulary still folds "Sports" into Sport.
    expect(files).toContain("topics/sport/index.html");
  });

  it("names both ends of a merge cycle with their lines, exits 1, and keeps the rest of the file", async () => {
    expect(cycle.code).toBe(1);
    expect(cycle.stderr).toMatch(/topics\.json:4: synonyms go round in a circle \(Soccer → Football → Soccer\)/);
    expect(cycle.stderr).toMatch(/topics\.json:5: synonyms go round in a circle/);
    const files = await listFiles(cycle.output);
    expect(files).toContain("2025/04/02/two/index.html");
    expect(files).toContain("index.html");
  });
});
