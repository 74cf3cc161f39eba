// What a reader sees in Chromium: accessible pages (axe), a layout that fits a phone, dark mode.
import { AxeBuilder } from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser } from "../helpers/browser.ts";
import { seedPagePath } from "../helpers/read-site.ts";
import { serveStatic } from "../helpers/serve-static.ts";

let browser: Awaited<ReturnType<typeof openBrowser>>;
let server: Awaited<ReturnType<typeof serveStatic>>;
let pages: Record<string, string>;

beforeAll(async () => {
  const site = inject("sampleSite");
  server = await serveStatic(site);
  browser = await openBrowser();
  pages = {
    home: "",
    edition: "2019/03/17/",
    // A day of three stories, which opens with the day in brief (a day of one story opens with its brief).
    "busy edition": "2004/12/06/",
    article: (await seedPagePath(site)).replace(/index\.html$/, ""),
    topic: "topics/",
    "topic page": "topics/politics/",
    search: "search/?q=Kabul",
    archive: "archive/",
  };
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the sample digest in Chromium", () => {
  it("has no accessibility violations (axe, WCAG 2.1 A and AA) on its main pages", async () => {
    const page = await browser.context.newPage();
    for (const [name, path] of Object.entries(pages)) {
      const response = await page.goto(server.url + path);
      expect(response?.status(), name).toBe(200);
      if (name === "search") await page.waitForLoadState("networkidle");
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const found = results.violations.map(
        (violation) => `${name}: ${violation.id} (${violation.nodes.length}) ${violation.help}`,
      );
      expect(found).toEqual([]);
    }
    await page.close();
  });

  it("has no accessibility violations in dark mode on the front page, an edition with the day in brief, and an article", async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: "dark" });
    for (const name of ["home", "busy edition", "article"]) {
      await page.goto(server.url + pages[name]);
      expect(await page.locator(".day-in-brief, .brief, .story").count(), name).toBeGreaterThan(0);
      if (name === "busy edition") expect(await page.locator(".day-in-brief").count(), name).toBe(1);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(
        results.violations.map((violation) => `${name}: ${violation.id} (${violation.nodes.length}) ${violation.help}`),
      ).toEqual([]);
    }
    await page.close();
  });

  it("fits a 320-pixel phone screen without sideways scrolling", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(server.url + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, name).toBeLessThanOrEqual(320);
    }
    await page.close();
  });

  it("switches to dark colours when the reader's system is in dark mode", async () => {
    const page = await browser.context.newPage();
    const background = async () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(server.url + pages["article"]);
    const light = await background();
    await page.emulateMedia({ colorScheme: "dark" });
    const dark = await background();
    expect(light).not.toBe(dark);
    const [r, g, b] = dark.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(150);
    await page.close();
  });

  it("hides navigation and search from print", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url + pages["article"]);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".search-box").first().isVisible()).toBe(false);
    expect(await page.locator("h1").isVisible()).toBe(true);
    await page.close();
  });
});
