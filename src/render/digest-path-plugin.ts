// The digest under a URL path of its site (`path: "/news/"`): its pages, feeds and links all under that path.
import type { EleventyConfig } from "../util/eleventy-config-type.ts";

/** The part of Eleventy's HTML transformer (not in its UserConfig types) that rewrites the URLs of a page. */
interface HtmlTransformer {
  addUrlTransform(
    extensions: string,
    callback: (this: { url?: string }, url: string) => string,
    options: { priority: number },
  ): void;
}

/** "/2025/09/13/slug/" under "/news/" is "/news/2025/09/13/slug/"; under "/" it stays as it is. */
export function inDigest(url: string, path: string): string {
  if (path === "/" || !url.startsWith("/") || url.startsWith("//")) return url;
  return `${path}${url.slice(1)}`;
}

/**
 * Layouts and the site model write the digest's addresses from its root ("/topics/"). The `inDigest` filter puts
 * one under `path` (for permalinks and the absolute URLs of feeds), and every root-relative link in the HTML of the
 * digest's pages is put under it after the page is drawn, before Eleventy's HtmlBasePlugin adds a path prefix.
 * A host's own pages are left alone: only pages whose URL is under `path` are the digest's.
 */
export function digestPathPlugin(eleventyConfig: EleventyConfig, options: { path: string }): void {
  const { path } = options;
  eleventyConfig.addFilter("broadsheetInDigest", (url: string) => inDigest(String(url ?? ""), path));
  if (path === "/") return;
  (eleventyConfig as unknown as { htmlTransformer: HtmlTransformer }).htmlTransformer.addUrlTransform(
    "html",
    function (this: { url?: string }, url: string) {
      if (!this.url?.startsWith(path)) return url;
      const trimmed = url.trim();
      // A link already under the path (a page's own URL) stays.
      return trimmed.startsWith(path) ? trimmed : inDigest(trimmed, path);
    },
    // Eleventy runs URL transforms by descending priority; its HtmlBasePlugin runs at -2, after this one.
    { priority: -1 },
  );
}
