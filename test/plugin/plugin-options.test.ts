// The plugin's options: the digest's path in any spelling, and settings given as options over the content's site.json.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { normalisePath, resolveOptions } from "../../src/model/broadsheet-options.ts";
import { inDigest } from "../../src/render/digest-path-plugin.ts";

const temp = await mkdtemp(join(tmpdir(), "broadsheet-options-"));
afterAll(() => rm(temp, { recursive: true, force: true }));

describe("the plugin's options", () => {
  it("read the digest's path with or without its slashes, and the root as the whole site", () => {
    for (const path of ["news", "/news", "news/", "/news/", "//news//"]) expect(normalisePath(path)).toBe("/news/");
    expect(normalisePath("/world/news")).toBe("/world/news/");
    for (const path of [undefined, "", "/"]) expect(normalisePath(path)).toBe("/");
    expect(resolveOptions({ path: "news" }, ".").ownsSite).toBe(false);
    expect(resolveOptions({}, ".").ownsSite).toBe(true);
  });

  it("take the content folder's site.json and let an option given to the plugin win over it", async () => {
    const content = join(temp, "news");
    await mkdir(join(content, "_data"), { recursive: true });
    await writeFile(
      join(content, "_data", "site.json"),
      JSON.stringify({ title: "From the file", timezone: "Asia/Karachi", pageSize: 7 }),
    );
    const resolved = resolveOptions({ content, title: "From the host", url: "https://harbour.example.org" }, ".");
    expect(resolved.settings).toMatchObject({
      title: "From the host",
      url: "https://harbour.example.org",
      timezone: "Asia/Karachi",
      pageSize: 7,
      summarySentences: 3,
    });
    expect(resolved.settings).not.toHaveProperty("content");
    expect(resolved).toMatchObject({
      content,
      drafts: false,
      search: true,
      summaryCache: ".cache/summaries",
      searchCache: ".cache/search-shards",
    });
  });

  it("default the content folder to Eleventy's input folder", () => {
    expect(resolveOptions({}, "content").content).toBe("content");
  });
});

describe("addresses in the digest", () => {
  it("go under the digest's path, and stay as they are at the root or when not the site's own", () => {
    expect(inDigest("/2019/02/05/aleppo/", "/news/")).toBe("/news/2019/02/05/aleppo/");
    expect(inDigest("/", "/news/")).toBe("/news/");
    expect(inDigest("/topics/", "/")).toBe("/topics/");
    expect(inDigest("https://example.org/x/", "/news/")).toBe("https://example.org/x/");
    expect(inDigest("//cdn.example.org/x.js", "/news/")).toBe("//cdn.example.org/x.js");
    expect(inDigest("#main", "/news/")).toBe("#main");
  });
});
