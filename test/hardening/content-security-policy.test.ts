// The built site works under a strict Content Security Policy, sent as a header and as a <meta>: no inline
// script or style, and the search runs (Pagefind's WebAssembly under 'wasm-unsafe-eval').
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from "../../src/render/security-headers-plugin.ts";
import { openBrowser } from "../helpers/browser.ts";
import { listFiles } from "../helpers/read-site.ts";
import { serveSite } from "./serve-site.ts";

const root = inject("sampleSite");

describe("the Content Security Policy", () => {
  let site: { url: string; close(): Promise<void> };
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let article = "";

  beforeAll(async () => {
    site = await serveSite(root, { headers: { "content-security-policy": CONTENT_SECURITY_POLICY_HEADER } });
    browser = await openBrowser();
    article = (await listFiles(root)).find((file) => /^\d{4}\/\d\d\/\d\d\/[^/]+\/index\.html$/.test(file))!;
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it("is in every page's <meta>, without frame-ancestors (ignored there), and in _headers with it", async () => {
    const home = await readFile(join(root, "index.html"), "utf8");
    expect(home).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/'/g, "&#39;")}">`,
    );
    expect(CONTENT_SECURITY_POLICY).not.toContain("frame-ancestors");
    const headers = await readFile(join(root, "_headers"), "utf8");
    expect(headers).toMatch(
      /^\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; .*; frame-ancestors 'none'\n/,
    );
    // No page leans on inline script or style: the only inline <script> is JSON-LD, which is data.
    for (const page of (await listFiles(root)).filter((file) => file.endsWith(".html")).slice(0, 200)) {
      const html = await readFile(join(root, page), "utf8");
      expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/);
      expect(html, page).not.toMatch(/<style[\s>]|\sstyle="/);
    }
  });

  it.each([
    ["the home page", ""],
    ["an article", "ARTICLE"],
    ["the search page with a query", "search/?q=president"],
    ["the page not found", "no/such/page/"],
  ])("reports no violation on %s", async (_name, path) => {
    const page = await browser.context.newPage();
    const messages: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) messages.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const list = ((window as { __violations?: string[] }).__violations ??= []);
        list.push(`${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
    await page.goto(new URL(path === "ARTICLE" ? article.replace(/index\.html$/, "") : path, site.url).href, {
      waitUntil: "load",
    });
    if (path === "no/such/page/") {
      // The listener hears a violation when there is one: an inline style added now is refused.
      await page.evaluate(() =>
        document.head.append(Object.assign(document.createElement("style"), { textContent: "body { color: red }" })),
      );
      await page.waitForTimeout(100);
      const caught = await page.evaluate(() => (window as { __violations?: string[] }).__violations?.splice(0) ?? []);
      expect(caught.join()).toMatch(/^style-src/);
      messages.length = 0;
    }
    if (path.startsWith("search")) {
      // The search works under the policy: results are drawn.
      await page.locator(".search-result").first().waitFor();
    }
    await page.waitForTimeout(300);
    const violations = await page.evaluate(() => (window as { __violations?: string[] }).__violations ?? []);
    await page.close();
    expect([...violations, ...messages]).toEqual([]);
  });
});
