// A reader searches the sample digest in Chromium and opens what they find.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser } from "../helpers/browser.ts";
import { serveStatic } from "../helpers/serve-static.ts";

let browser: Awaited<ReturnType<typeof openBrowser>>;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  server = await serveStatic(inject("sampleSite"));
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("searching the digest", () => {
  it("finds the seed article by 'TTP' and opens it", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}search/`);
    await page.locator("#search input").fill("TTP");
    const first = page.locator(".pagefind-ui__result-link").first();
    await expect.poll(() => first.textContent()).toContain("Kh Asif stresses Pakistan");
    await first.click();
    await page.waitForURL(/kh-asif-stresses-pakistan/);
    expect(await page.locator("h1").textContent()).toContain("Kh Asif stresses Pakistan seeks");
  });
});
