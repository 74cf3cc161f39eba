// Feeds and the sitemap make their full URLs without Eleventy's htmlBaseUrl filter, and must make the very same ones.
import Eleventy, { HtmlBasePlugin } from "@11ty/eleventy";
import { describe, expect, it } from "vitest";
import { fullUrl } from "../../src/render/full-url.ts";
import type { EleventyConfig } from "../../src/util/eleventy-config-type.ts";

/** Eleventy's own htmlBaseUrl filter, in an Eleventy run with `pathPrefix`. */
async function eleventyFilter(pathPrefix: string): Promise<(url: string, base: string) => string> {
  let config: EleventyConfig | undefined;
  const eleventy = new Eleventy("layouts/feeds", "/tmp/broadsheet-full-url", {
    pathPrefix,
    quietMode: true,
    config: (eleventyConfig: EleventyConfig) => {
      eleventyConfig.addPlugin(HtmlBasePlugin);
      config = eleventyConfig;
    },
  });
  await eleventy.init();
  const filter = config!.getFilter("htmlBaseUrl") as (this: unknown, url: string, base: string) => string;
  return (url, base) => filter.call({ page: { url: "/topics/ports/" } }, url, base);
}

const URLS = [
  "/",
  "/2025/05/13/harbour-news/",
  "/feed.xml",
  "/news/topics/ports/2/",
  "/a//b/",
  "/caf%C3%A9/",
  "/x?y=1#z",
];
const OTHERS = ["https://example.org/elsewhere/", "topics/ports/", "../up/", "//cdn.example.org/x.js", ""];
const BASES = ["https://digest.example.org", "https://digest.example.org/", "https://example.org/sub/path", "/", ""];

describe("the full URLs of feeds and the sitemap", () => {
  for (const pathPrefix of ["/", "/digest/", "/a/b"])
    it(`are the ones Eleventy's htmlBaseUrl makes, with the path prefix ${pathPrefix}`, async () => {
      const htmlBaseUrl = await eleventyFilter(pathPrefix);
      for (const base of BASES)
        for (const url of [...URLS, ...OTHERS]) {
          const expected = htmlBaseUrl(url, base);
          expect(
            fullUrl(url, base, pathPrefix, (other) => htmlBaseUrl(other, base)),
            `${url} on ${base}`,
          ).toBe(expected);
        }
      // A path from the root is made here, not by the filter.
      expect(fullUrl("/feed.xml", "https://digest.example.org/", pathPrefix, () => "filter")).not.toBe("filter");
    });
});
