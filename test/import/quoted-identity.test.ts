// Ids and checksums that YAML must quote (all digits, or read as numbers) still identify their article.
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { composeArticleText, isUntouched } from "../../src/model/article-file.ts";
import { ExistingArticles } from "../../src/import/find-existing.ts";

const temp = await mkdtemp(join(tmpdir(), "broadsheet-quoted-"));
afterAll(() => rm(temp, { recursive: true, force: true }));

function article(id: string): string {
  const text = composeArticleText(
    {
      title: "A story",
      date: "2025-01-01T00:00:00Z",
      source: { url: "https://example.org/a" },
      imported: { id, input: "x.txt", date_from: "explicit" },
    },
    "Body text of the story.",
  );
  // Quote the checksum as YAML does when the hex digits happen to read as a number.
  return text.replace(/^  checksum: ([0-9a-f]{16})$/m, '  checksum: "$1"');
}

describe("identity in front matter that YAML quotes", () => {
  it("writes an all-digit id in quotes, so that it stays text", () => {
    expect(article("340604785753")).toContain('  id: "340604785753"');
  });

  it("still sees an unedited article with a quoted checksum as untouched", () => {
    const text = article("340604785753");
    expect(isUntouched(text)).toBe(true);
    expect(isUntouched(text.replace("Body text", "Edited text"))).toBe(false);
  });

  it("finds an article by its quoted id and by its source URL", async () => {
    await mkdir(join(temp, "articles", "2025"), { recursive: true });
    await writeFile(join(temp, "articles", "2025", "a.md"), article("340604785753"));
    const existing = (await ExistingArticles.find(join(temp, "articles"))).byId;
    expect(existing.get("340604785753")?.relativePath).toBe(join("2025", "a.md"));
    expect(existing.get("url:https://example.org/a")?.relativePath).toBe(join("2025", "a.md"));
  });
});
