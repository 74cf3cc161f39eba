// Hostile content: script payloads in every field each format delivers are imported and built, then every page
// (and the search page, with queries that hit the payloads) is opened in Chromium without the CSP <meta>, so
// that escaping alone must keep them out: no script may run, no dangerous attribute or element reach the DOM.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importFiles } from "../../src/import/index.ts";
import { openBrowser } from "../helpers/browser.ts";
import { runBuild, TEST_ROOT } from "../helpers/build-site.ts";
import { listFiles } from "../helpers/read-site.ts";
import { serveSite } from "./serve-site.ts";

const base = join(TEST_ROOT, "hostile");
const content = join(base, "content");
const HOSTILE = "test/fixtures/bad/hostile";

/** Everything on the page that could run script or load a stranger's content; empty when the page is clean. */
function findDangers(): string[] {
  const dangers: string[] = [];
  const describe = (element: Element) => `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}>`;
  const URL_ATTRIBUTES = [
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "background",
    "srcset",
    "ping",
    "codebase",
    "cite",
  ];
  for (const element of document.querySelectorAll("*")) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.replace(/[\s\u0000-\u001f]/g, "").toLowerCase();
      if (name.startsWith("on")) dangers.push(`${describe(element)} ${name}="${attribute.value}"`);
      if (URL_ATTRIBUTES.includes(name) && /^(javascript|data|vbscript):/.test(value))
        dangers.push(`${describe(element)} ${name}="${attribute.value}"`);
      if (name === "srcdoc" || name === "style") dangers.push(`${describe(element)} ${name}="${attribute.value}"`);
    }
    const tag = element.tagName.toLowerCase();
    if (["iframe", "frame", "frameset", "object", "embed", "applet", "base", "style", "svg", "math"].includes(tag))
      dangers.push(`an element ${describe(element)}`);
    // The site's own search forms send to its search page; any other form is not ours.
    if (tag === "form" && new URL((element as HTMLFormElement).action).pathname.replace(/\/$/, "") !== "/search")
      dangers.push(`a form to ${element.getAttribute("action")}`);
    if (tag === "meta" && element.getAttribute("http-equiv")?.toLowerCase() === "refresh")
      dangers.push("a <meta http-equiv=refresh>");
    if (tag === "script") {
      const script = element as HTMLScriptElement;
      const ours =
        script.type === "application/ld+json" ||
        (script.src &&
          new URL(script.src).origin === location.origin &&
          /^\/(assets|pagefind)\//.test(new URL(script.src).pathname));
      if (!ours) dangers.push(`a script not ours: ${script.outerHTML.slice(0, 120)}`);
    }
    if (
      tag === "link" &&
      (element as HTMLLinkElement).href &&
      new URL((element as HTMLLinkElement).href).origin !== location.origin &&
      element.getAttribute("rel") === "stylesheet"
    ) {
      dangers.push(`a stylesheet from elsewhere: ${element.outerHTML}`);
    }
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      JSON.parse(script.textContent ?? "");
    } catch {
      dangers.push(`JSON-LD that does not parse: ${script.textContent?.slice(0, 120)}`);
    }
  }
  return dangers;
}

describe("a site built from hostile articles", () => {
  let site: { url: string; close(): Promise<void> };
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let pages: string[] = [];
  let report: Awaited<ReturnType<typeof importFiles>>;
  let stderr = "";
  let code = 0;
  const ran: string[] = [];

  beforeAll(async () => {
    await rm(base, { recursive: true, force: true });
    await mkdir(join(content, "_data"), { recursive: true });
    await mkdir(join(content, "articles"), { recursive: true });
    await writeFile(
      join(content, "_data", "site.json"),
      JSON.stringify({ title: "Hostile digest", minStoriesForPage: 1 }),
    );
    report = await importFiles([HOSTILE], { articlesDir: join(content, "articles"), zone: "UTC" });
    const built = await runBuild(content, join(base, "site"));
    stderr = built.stderr;
    code = built.code;
    pages = (await listFiles(built.output)).filter((file) => file.endsWith(".html"));
    site = await serveSite(built.output, { withoutCspMeta: true });
    browser = await openBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Opens `path`, lets it settle, and returns what ran and what dangerous markup it holds. */
  async function inspect(page: Page, path: string, settle?: (page: Page) => Promise<void>): Promise<string[]> {
    const found: string[] = [];
    await page.goto(new URL(path, site.url).href, { waitUntil: "load" });
    await settle?.(page);
    // An <img src=x onerror> fires once its request fails; give every such request time to.
    await page.waitForTimeout(150);
    const pwned = await page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
    if (pwned !== undefined) found.push(`script ran: ${JSON.stringify(pwned)}`);
    found.push(...(await page.evaluate(findDangers)));
    return found;
  }

  it("imports every hostile file, dropping the fields Eleventy would act on", () => {
    expect(report.entries.filter((entry) => entry.outcome !== "imported")).toEqual([]);
    expect(report.entries).toHaveLength(6);
    const warnings = report.warnings.map((warning) => warning.message).join("\n");
    for (const field of ["templateEngineOverride", "permalink", "eleventyComputed", "layout"]) {
      expect(warnings).toContain(`${field}: Eleventy would act on this field, so it is not imported`);
    }
  });

  it("builds without running any template syntax from the articles", async () => {
    expect(code, stderr).toBe(0);
    expect(pages.length).toBeGreaterThan(20);
    const text = await readFile(
      join(base, "site", "2025/06/10", pages.find((p) => p.startsWith("2025/06/10/"))!.slice(11)),
      "utf8",
    );
    expect(text).toContain("{{ 7*7 }}");
    expect(text).not.toMatch(/council[^<]*\b49\b/);
  });

  it("runs no script and lets no dangerous markup into any page", async () => {
    const page = await browser.context.newPage();
    page.on("dialog", (dialog) => {
      ran.push(`dialog on ${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("console", (message) => {
      if (/pwned/i.test(message.text())) ran.push(`console on ${page.url()}: ${message.text()}`);
    });
    const problems: string[] = [];
    for (const path of pages) {
      for (const found of await inspect(page, path.replace(/index\.html$/, ""))) problems.push(`${path}: ${found}`);
    }
    await page.close();
    expect([...problems, ...ran]).toEqual([]);
  }, 180_000);

  it("would see a planted payload (the inspection can fail)", async () => {
    await writeFile(
      join(base, "site", "planted.html"),
      '<!doctype html><p>x<img src="x" onerror="window.__pwned=1"><a href="javascript:void 0">y</a></p>',
    );
    const page = await browser.context.newPage();
    const found = await inspect(page, "planted.html");
    await page.close();
    expect(found).toEqual(["script ran: 1", '<img> onerror="window.__pwned=1"', '<a> href="javascript:void 0"']);
  });

  it.each(["zanzibar", "script", "onerror", "javascript", "pwned", "iframe", '"><img src=x onerror=window.__pwned=1>'])(
    "keeps search results and excerpts inert for the query %s",
    async (query) => {
      const page = await browser.context.newPage();
      page.on("dialog", (dialog) => {
        ran.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      const found = await inspect(page, `search/?q=${encodeURIComponent(query)}`, async (p) => {
        await p.locator("#search-status", { hasText: query.slice(0, 12) }).waitFor();
        await p.locator("#search-results:not([aria-busy])").waitFor({ state: "attached" });
      });
      const results = await page.locator(".search-result").count();
      await page.close();
      expect([...found, ...ran]).toEqual([]);
      if (query === "zanzibar") expect(results).toBeGreaterThanOrEqual(6);
    },
    60_000,
  );
});
