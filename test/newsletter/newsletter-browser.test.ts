// The newsletter of a real sample edition as a reader sees it in Chromium: 375 and 600 px wide, light and dark.
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeNewsletter } from "../../src/newsletter/index.ts";
import { readSiteSettings } from "../../src/util/site-settings.ts";
import { openBrowser } from "../helpers/browser.ts";

/** The day with the most articles in the sample (the sample's zone is UTC, so the folder is the day). */
async function busiestDay(): Promise<string> {
  let best = { day: "", count: 0 };
  for (const year of (await readdir("content/articles")).filter((name) => /^\d{4}$/.test(name))) {
    for (const month of await readdir(join("content/articles", year))) {
      for (const day of await readdir(join("content/articles", year, month))) {
        const count = (await readdir(join("content/articles", year, month, day))).filter((name) =>
          name.endsWith(".md"),
        ).length;
        if (count > best.count) best = { day: `${year}-${month}-${day}`, count };
      }
    }
  }
  return best.day;
}

/** The relative luminance of a CSS rgb() colour. */
function luminance(color: string): number {
  const [r, g, b] = color
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map((part) => {
      const c = Number(part) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe("the newsletter in Chromium", () => {
  let browser: Awaited<ReturnType<typeof openBrowser>>;
  let page: Page;
  let folder: string;
  beforeAll(async () => {
    const { html } = await makeNewsletter(readSiteSettings("content"), { day: await busiestDay() });
    folder = await mkdtemp(join(tmpdir(), "broadsheet-newsletter-view-"));
    await writeFile(join(folder, "newsletter.html"), html);
    browser = await openBrowser();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await rm(folder, { recursive: true, force: true });
  });

  for (const width of [375, 600]) {
    for (const colorScheme of ["light", "dark"] as const) {
      it(`reads at ${width} px in ${colorScheme} mode: no sideways scroll, the column fits, no accessibility violation`, async () => {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        await page.goto(`file://${join(folder, "newsletter.html")}`);
        const layout = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          column: document.querySelector('table[width="600"]')!.getBoundingClientRect().width,
          preheader: (document.querySelector("body > div") as HTMLElement).offsetHeight,
          sheet: getComputedStyle(document.querySelector('table[width="600"]')!).backgroundColor,
          text: getComputedStyle(document.querySelector('table[width="600"] td p:not([class])')!).color,
        }));
        expect(layout.scroll).toBeLessThanOrEqual(width);
        expect(layout.column).toBeLessThanOrEqual(600);
        expect(layout.column).toBeGreaterThan(width - 40);
        expect(layout.preheader).toBe(0);
        // The sheet is dark in dark mode and light otherwise, with text of the opposite kind.
        expect(luminance(layout.sheet) < 0.1).toBe(colorScheme === "dark");
        expect(luminance(layout.text) > 0.5).toBe(colorScheme === "dark");
        const { violations } = await new AxeBuilder({ page })
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
          .analyze();
        expect(
          violations.map(
            (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
          ),
        ).toEqual([]);
      });
    }
  }
});
