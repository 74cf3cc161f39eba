// The search page as deployed: under a path prefix, under a strict Content-Security-Policy, accessible, and opened from disk.
import { AxeBuilder } from "@axe-core/playwright";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser } from "../helpers/browser.ts";
import { shownResults, waitForStatus } from "../helpers/search-page.ts";
import { serveStatic } from "../helpers/serve-static.ts";
import { serveWithCsp } from "../helpers/serve-with-csp.ts";

let browser: Awaited<ReturnType<typeof openBrowser>>;
let prefixed: Awaited<ReturnType<typeof serveStatic>>;
let strict: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  [prefixed, strict, browser] = await Promise.all([
    serveStatic(inject("prefixedSite"), "/digest/"),
    serveWithCsp(inject("sampleSite")),
    openBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await prefixed?.close();
  await strict?.close();
});

describe("the search page as deployed", () => {
  it("finds and opens stories on a site built under the /digest/ prefix", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${prefixed.url}search/?q=TTP`);
    await waitForStatus(page, "for “TTP”");
    const [first] = await shownResults(page);
    expect(first?.title).toContain("Kh Asif stresses Pakistan");
    expect(first?.href).toMatch(/^\/digest\/2025\/09\/13\/kh-asif-stresses-pakistan/);
    await page.locator(".search-result-link").first().click();
    await page.waitForURL(/\/digest\/2025\/09\/13\/kh-asif-stresses-pakistan/);
    expect(await page.locator("h1").textContent()).toContain("Kh Asif stresses Pakistan seeks");
  });

  it("searches, filters and sorts under a strict Content-Security-Policy without a single violation", async () => {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto(`${strict.url}search/?q=government&sort=newest`);
    await waitForStatus(page, "for “government”");
    await page.locator("#search-filters summary").click();
    await page.locator("#search-topic option[value='Elections']").waitFor({ state: "attached" });
    await page.locator("#search-topic").selectOption("Elections");
    await waitForStatus(page, "Topic: Elections");
    await page.locator("#search-q").fill("Kabul");
    await waitForStatus(page, "for “Kabul”");
    expect(await page.evaluate(() => document.querySelectorAll("[style]").length)).toBe(0);
    expect(problems).toEqual([]);
  });

  it("passes axe (WCAG 2.1 A and AA) with results and filters shown, in light and dark", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${strict.url}search/?q=Kabul&sort=newest`);
    await waitForStatus(page, "for “Kabul”");
    await page.locator("#search-filters summary").click();
    await page.locator("#search-topic option:nth-child(2)").waitFor({ state: "attached" });
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      expect(
        violations.map(
          (violation) =>
            `${colorScheme}: ${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
        ),
      ).toEqual([]);
    }
  });

  it("passes axe on the no-results state", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${strict.url}search/?q=qwxzjvkpl`);
    await page.locator("#search-empty").waitFor();
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(violations.map((violation) => violation.id)).toEqual([]);
  });

  it("says that search cannot work when the page is opened from disk, and links to the listings", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${pathToFileURL(join(inject("sampleSite"), "search", "index.html")).href}?q=Kabul`);
    // Root-relative links ("/assets/…") point at the disk's root: no script or stylesheet loads, and the note shows as it is.
    await page.locator("#search-failed").waitFor();
    expect(await page.locator("#search-form").isHidden()).toBe(true);
    expect(await page.locator("#search-failed").textContent()).toContain("does not work on pages opened from disk");
  });

  it("says that search could not start when Pagefind's files cannot be loaded", async () => {
    const page = await browser.context.newPage();
    await page.route("**/pagefind/pagefind.js", (route) => route.abort());
    await page.goto(`${strict.url}search/?q=Kabul`);
    await page.locator("#search-failed").waitFor();
    expect(await page.locator("#search-form").isHidden()).toBe(true);
  });

  it("keeps the could-not-start note out of sight when search works", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${strict.url}search/?q=Kabul`);
    await waitForStatus(page, "for “Kabul”");
    expect(await page.locator("#search-failed").count()).toBe(0);
  });

  it("explains that search needs JavaScript when it is off", async () => {
    const context = await browser.context.browser();
    const page = context ? await (await context.newContext({ javaScriptEnabled: false })).newPage() : undefined;
    if (!page) {
      // A persistent context has no browser object to make a JavaScript-free context from: read the markup instead.
      const html = await (await fetch(`${strict.url}search/`)).text();
      expect(html).toMatch(/<noscript><p>Search needs JavaScript\./);
      expect(html).toMatch(/<form id="search-form"[^>]* hidden>/);
      return;
    }
    await page.goto(`${strict.url}search/?q=Kabul`);
    expect(await page.locator("noscript").count()).toBe(1);
    expect(await page.locator("#search-form").isHidden()).toBe(true);
  });
});
