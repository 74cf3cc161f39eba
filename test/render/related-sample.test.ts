// Related stories on the built sample digest: most stories still show one, and none shows the story itself.
import { describe, expect, inject, it } from "vitest";
import { listFiles, readPage } from "../helpers/read-site.ts";

const site = inject("sampleSite");

describe("related stories on the sample digest", () => {
  it("shows a related story under at least 60% of the articles, never the article itself", async () => {
    const articles = (await listFiles(site)).filter((path) => /^\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/.test(path));
    expect(articles.length).toBeGreaterThan(300);
    let withRelated = 0;
    for (const path of articles) {
      const page = await readPage(site, path);
      const aside = /<aside class="related"[\s\S]*?<\/aside>/.exec(page)?.[0];
      if (!aside) continue;
      withRelated++;
      expect(aside, path).not.toContain(`href="/${path.replace(/index\.html$/, "")}"`);
      expect((aside.match(/<article class="brief">/g) ?? []).length, path).toBeLessThanOrEqual(4);
    }
    expect(withRelated / articles.length).toBeGreaterThanOrEqual(0.6);
  });
});
