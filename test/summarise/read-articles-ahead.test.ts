// A build's drawing process reads the articles and their cached digests while the inbox is imported: what the import
// leaves alone is taken from that reading, what it changes is read anew.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readArticles } from "../../src/summarise/read-articles.ts";
import { startReadAhead, takeReadAhead } from "../../src/summarise/read-articles-ahead.ts";
import { cacheKey, writeCached } from "../../src/summarise/run/cache.ts";
import { TEST_ROOT } from "../helpers/build-site.ts";
import { digestOf } from "../helpers/digest-of.ts";

const root = join(TEST_ROOT, "read-ahead");
const articlesDir = join(root, "articles");
const cacheDir = join(root, "summaries");
const readAheadFor = { articlesDir, drafts: false, cacheDir, sentences: 3 };
const article = (title: string, body: string) => `---\ntitle: ${title}\ndate: 2025-09-13T10:00:00Z\n---\n\n${body}\n`;

describe("reading ahead", () => {
  beforeAll(async () => {
    await rm(root, { recursive: true, force: true });
    await mkdir(join(articlesDir, "2025/09/13"), { recursive: true });
    await writeFile(join(articlesDir, "2025/09/13/ferry.md"), article("Ferry", "The ferry sailed."));
    await writeFile(join(articlesDir, "2025/09/13/storm.md"), article("Storm", "The storm passed."));
    // The ferry's digest is cached; the storm's is not.
    writeCached(
      cacheDir,
      cacheKey({ title: "Ferry", text: "\nThe ferry sailed.\n" }, { sentences: 3 }),
      digestOf("Sailed."),
    );
  });

  it("gives the items and cached digests of the files left alone, and reads a changed file anew", async () => {
    startReadAhead(readAheadFor);
    const ahead = await takeReadAhead(readAheadFor);
    expect(ahead).toBeDefined();
    // The import rewrites the storm meanwhile.
    await writeFile(join(articlesDir, "2025/09/13/storm.md"), article("Storm", "The storm passed at dawn."));
    const { items } = await readArticles(articlesDir, { kept: ahead!.kept });
    const ferry = items.find((item) => item.url.endsWith("/ferry/"))!;
    const storm = items.find((item) => item.url.endsWith("/storm/"))!;
    expect(ahead!.digests.get(ferry)?.summary).toEqual(["Sailed."]);
    expect(storm.rawInput.trim()).toBe("The storm passed at dawn.");
    expect(ahead!.digests.has(storm)).toBe(false);
  });

  it("is taken once, and only for the options it was read for", async () => {
    startReadAhead(readAheadFor);
    expect(await takeReadAhead({ ...readAheadFor, sentences: 2 })).toBeUndefined();
    expect(await takeReadAhead(readAheadFor)).toBeUndefined();
    startReadAhead(readAheadFor);
    expect(await takeReadAhead({ ...readAheadFor, drafts: true })).toBeUndefined();
  });
});
