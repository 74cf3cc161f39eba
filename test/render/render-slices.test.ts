// A large site's pages drawn in several Eleventy runs (render-slices.ts) are the same, byte for byte, as in one run.
import { createHash } from "node:crypto";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { runBuild, TEST_ROOT } from "../helpers/build-site.ts";
import { listFiles } from "../helpers/read-site.ts";

/** Every file of a built site with the SHA-256 of its bytes, by path within it. */
async function contentsOf(root: string): Promise<Record<string, string>> {
  const files = (await listFiles(root)).sort();
  const hashes = await Promise.all(
    files.map(async (file) =>
      createHash("sha256")
        .update(await readFile(join(root, file)))
        .digest("hex"),
    ),
  );
  return Object.fromEntries(files.map((file, i) => [file, hashes[i]!]));
}

describe("a build drawn in slices", () => {
  it("writes the same site as one run: the other pages in a run of their own, then 150 stories' pages a run", async () => {
    const root = join(TEST_ROOT, "slices");
    const content = join(root, "content");
    await rm(root, { recursive: true, force: true });
    await cp("content", content, { recursive: true, filter: (path) => !path.includes("/inbox") });
    const settings = JSON.parse(await readFile("content/_data/site.json", "utf8")) as Record<string, unknown>;
    await writeFile(join(content, "_data", "site.json"), JSON.stringify({ ...settings, renderSliceStories: 150 }));
    const site = await runBuild(content, join(root, "site"));
    expect(site.code, site.stderr).toBe(0);
    // The sample's 384 stories: a run for the other pages, then slices of 150, 150 and 84.
    expect(site.stderr).toMatch(/Drew [\d,]+ pages in 4 runs/);
    expect(await contentsOf(site.output)).toEqual(await contentsOf(inject("sampleSite")));
  }, 600_000);
});
