// The site's Content Security Policy: a <meta> in every page, and a _headers file for hosts that read one.
import type { EleventyConfig } from "../util/eleventy-config-type.ts";
import { isStorySliceRun } from "./render-slices.ts";

/**
 * The policy every page works under: scripts and styles only from the site's own files (no inline script or
 * style, no eval; Pagefind's WebAssembly needs 'wasm-unsafe-eval'), images from the site or data: URLs, no
 * plugins, no <base> elsewhere, forms only to the site. JSON-LD is data, not script: the policy lets it be.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

/** Browsers ignore frame-ancestors in a <meta> (and warn): it is sent only as a header. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** The _headers file of Netlify and Cloudflare Pages: the policy and a few safe defaults on every path. */
export const HEADERS_FILE = `/*
  Content-Security-Policy: ${CONTENT_SECURITY_POLICY_HEADER}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
  X-Frame-Options: DENY
`;

/**
 * Adds `contentSecurityPolicy` for the base layout's <meta>, and writes `_headers` at the site's root when
 * `headersFile` is true (default: true; a digest inside a host site leaves the host's root alone).
 */
export function securityHeadersPlugin(eleventyConfig: EleventyConfig, options: { headersFile?: boolean } = {}): void {
  eleventyConfig.addGlobalData("contentSecurityPolicy", CONTENT_SECURITY_POLICY);
  // Written once per build, not again by the runs that draw a slice of the stories' pages (render-slices.ts).
  if (options.headersFile === false || isStorySliceRun()) return;
  // Nunjucks leaves it as it is: the file holds no template syntax.
  eleventyConfig.addTemplate("_broadsheet/headers.njk", HEADERS_FILE, {
    permalink: "/_headers",
    eleventyExcludeFromCollections: true,
  });
}
