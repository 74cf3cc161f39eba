// A reader searches the sample digest in Chromium: finds stories, narrows and orders them, shares the address, uses the keys.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser } from "../helpers/browser.ts";
import { countIn, shownResults, waitForStatus } from "../helpers/search-page.ts";
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

/** A page with no failed script: an uncaught error fails the test that opened it. */
async function openSearch(query = ""): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.url}search/${query}`);
  return { page, errors };
}

const SEED_TITLE = "Kh Asif stresses Pakistan seeks ‘respectful, brotherly’ ties with Afghanistan";

describe("searching the digest", () => {
  it("finds the seed article by 'TTP', with the match marked, and opens it", async () => {
    const { page, errors } = await openSearch();
    await page.locator("#search-q").fill("TTP");
    await waitForStatus(page, "for “TTP”");
    const results = await shownResults(page);
    expect(results[0]?.title).toBe(SEED_TITLE);
    expect(results[0]?.datetime).toMatch(/^2025-09-13T/);
    // Only text and <mark> come from the index: no other element inside an excerpt.
    const excerpt = page.locator(".search-result-excerpt").first();
    expect(await excerpt.locator("mark").first().textContent()).toBe("TTP");
    expect(await excerpt.evaluate((node) => [...node.querySelectorAll("*")].map((child) => child.nodeName))).toEqual(
      expect.arrayContaining(["MARK"]),
    );
    expect(
      await excerpt.evaluate((node) => [...node.querySelectorAll("*")].every((child) => child.nodeName === "MARK")),
    ).toBe(true);
    await page.locator(".search-result-link").first().click();
    await page.waitForURL(/kh-asif-stresses-pakistan/);
    expect(await page.locator("h1").textContent()).toContain("Kh Asif stresses Pakistan seeks");
    expect(errors).toEqual([]);
  });

  it("puts the story a distinctive phrase comes from first", async () => {
    const { page } = await openSearch();
    await page.locator("#search-q").fill("rescuers working in temperatures well below freezing");
    await waitForStatus(page, "for “rescuers working");
    expect((await shownResults(page))[0]?.title).toBe(
      "Magnitogorsk apartment building collapses after explosion, dozens dead",
    );
  });

  it("ranks a story with the word in its headline above stories with it only in the text", async () => {
    const { page } = await openSearch("?q=Magnitogorsk");
    await waitForStatus(page, "for “Magnitogorsk”");
    expect((await shownResults(page))[0]?.title).toContain("Magnitogorsk");
  });

  it("shows the no-results state, with advice and links, for a nonsense word", async () => {
    const { page } = await openSearch();
    await page.locator("#search-q").fill("qwxzjvkpl");
    expect(await waitForStatus(page, "for “qwxzjvkpl”")).toBe("No results for “qwxzjvkpl”");
    await page.locator("#search-empty").waitFor();
    expect(await page.locator(".search-result").count()).toBe(0);
    expect(await page.locator("#search-more").isVisible()).toBe(false);
    expect(await page.locator("#search-empty").textContent()).toContain("Check the spelling");
    expect(await page.locator("#search-empty a[href='/topics/']").count()).toBe(1);
    expect(await page.locator("#search-empty a[href='/archive/']").count()).toBe(1);
  });

  it("runs the query in the address on opening /search/?q=Kabul, and announces the count", async () => {
    const { page } = await openSearch("?q=Kabul");
    const status = await waitForStatus(page, "for “Kabul”");
    expect(status).toMatch(/^\d+ results? for “Kabul”$/);
    expect(await page.locator("#search-status").getAttribute("role")).toBe("status");
    expect(await page.locator("#search-q").inputValue()).toBe("Kabul");
    const results = await shownResults(page);
    expect(results.map((result) => result.title)).toContain(SEED_TITLE);
    // Every result is shown: nothing more to load.
    expect(results.length).toBe(countIn(status));
    expect(await page.locator("#search-more").isVisible()).toBe(false);
  });

  it("narrows the results to the topic chosen in the filters, and puts it in the address", async () => {
    const { page } = await openSearch("?q=government");
    const before = countIn(await waitForStatus(page, "for “government”"));
    await page.locator("#search-filters summary").click();
    await page.locator("#search-topic option[value='Elections']").waitFor({ state: "attached" });
    await page.locator("#search-topic").selectOption("Elections");
    const after = countIn(await waitForStatus(page, "Topic: Elections"));
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    const results = await shownResults(page);
    expect(results.length).toBe(Math.min(after, 10));
    for (const result of results) expect(result.topics).toContain("Elections");
    expect(new URL(page.url()).searchParams.get("topic")).toBe("Elections");
  });

  it("lists months by name in the month filter", async () => {
    const { page } = await openSearch();
    await page.locator("#search-filters summary").click();
    await page.locator("#search-month option[value='2025-09']").waitFor({ state: "attached" });
    expect(await page.locator("#search-month option[value='2025-09']").textContent()).toMatch(
      /^September 2025 \(\d+\)$/,
    );
  });

  it("orders results newest first and oldest first when asked", async () => {
    const { page } = await openSearch("?q=president");
    await waitForStatus(page, "for “president”");
    await page.locator("#search-sort").selectOption("newest");
    await page.waitForURL(/sort=newest/);
    await page.locator("#search-more").click();
    await page.locator(".search-result >> nth=10").waitFor();
    const newest = (await shownResults(page)).map((result) => result.datetime);
    expect(newest.length).toBeGreaterThan(10);
    expect(newest.every(Boolean)).toBe(true);
    expect(newest).toEqual([...newest].sort().reverse());
    await page.locator("#search-sort").selectOption("oldest");
    await page.waitForURL(/sort=oldest/);
    await page.waitForFunction(
      (first) => document.querySelector(".search-result time")?.getAttribute("datetime") !== first,
      newest[0],
    );
    const oldest = (await shownResults(page)).map((result) => result.datetime);
    expect(oldest).toEqual([...oldest].sort());
    expect(oldest[0]! < newest[0]!).toBe(true);
  });

  it("restores the query, filters and sort of a shared address", async () => {
    const { page } = await openSearch("?q=government&topic=Elections&sort=newest");
    await waitForStatus(page, "Topic: Elections");
    expect(await page.locator("#search-q").inputValue()).toBe("government");
    expect(await page.locator("#search-topic").inputValue()).toBe("Elections");
    expect(await page.locator("#search-sort").inputValue()).toBe("newest");
    expect(await page.locator("#search-filters").getAttribute("open")).not.toBeNull();
    const results = await shownResults(page);
    for (const result of results) expect(result.topics).toContain("Elections");
    const dates = results.map((result) => result.datetime);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("goes back to the previous search with the browser's Back button", async () => {
    const { page } = await openSearch("?q=Kabul");
    await waitForStatus(page, "for “Kabul”");
    await page.locator("#search-q").fill("Magnitogorsk");
    await page.locator("#search-q").press("Enter");
    await waitForStatus(page, "for “Magnitogorsk”");
    expect(new URL(page.url()).searchParams.get("q")).toBe("Magnitogorsk");
    await page.goBack();
    await waitForStatus(page, "for “Kabul”");
    expect(await page.locator("#search-q").inputValue()).toBe("Kabul");
  });

  it("leads from the header search box of any page to the search page's results", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url);
    await page.locator("#header-q").fill("TTP");
    await page.locator("#header-q").press("Enter");
    await page.waitForURL(/\/search\/\?q=TTP$/);
    await waitForStatus(page, "for “TTP”");
    expect((await shownResults(page))[0]?.title).toBe(SEED_TITLE);
  });

  it("loads ten results at a time and moves the focus to the first new one", async () => {
    const { page } = await openSearch("?q=president");
    const total = countIn(await waitForStatus(page, "for “president”"));
    expect(total).toBeGreaterThan(20);
    expect(await page.locator(".search-result").count()).toBe(10);
    expect(await page.locator("#search-more").isVisible()).toBe(true);
    await page.locator("#search-more").click();
    await page.locator(".search-result >> nth=19").waitFor();
    expect(await page.locator(".search-result").count()).toBe(20);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("result-11");
  });

  it("adds the next ten results once however fast “More results” is clicked", async () => {
    const { page } = await openSearch("?q=president");
    await waitForStatus(page, "for “president”");
    // Slow results, so that the second click lands while the first page of more is still loading.
    await page.route("**/pagefind/fragment/**", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 150));
      await route.continue();
    });
    await page.locator("#search-more").click();
    await page.locator("#search-more").click({ force: true });
    await page.locator(".search-result >> nth=19").waitFor();
    await page.locator("#search-results:not([aria-busy])").waitFor({ state: "attached" });
    await page.waitForTimeout(500);
    const links = await page
      .locator(".search-result-link")
      .evaluateAll((items) => items.map((item) => item.getAttribute("href")));
    expect(links).toHaveLength(20);
    expect(new Set(links).size).toBe(20);
  });

  it("searches a pasted query at once, without waiting for a pause in typing", async () => {
    const { page } = await openSearch();
    await page.locator("#search-q").waitFor();
    // The search has started when the list turns busy: in the same task as the input event, not after a timer.
    const busyAtOnce = await page.evaluate(() => {
      const input = document.getElementById("search-q") as HTMLInputElement;
      input.value = "Kabul";
      input.dispatchEvent(new Event("input", { bubbles: true }));
      return document.getElementById("search-results")?.getAttribute("aria-busy");
    });
    expect(busyAtOnce).toBe("true");
    expect(countIn(await waitForStatus(page, "for “Kabul”"))).toBeGreaterThan(0);
  });

  it("downloads no index, filter or result text while the page sits idle, and searches as usual afterwards", async () => {
    const { page, errors } = await openSearch();
    const searchData: string[] = [];
    page.on("request", (request) => {
      if (/\/pagefind\/(index|filter|fragment)\//.test(request.url())) searchData.push(new URL(request.url()).pathname);
    });
    await page.locator("#search-q").waitFor();
    await page.waitForLoadState("networkidle");
    // Idle time is when the page readies Pagefind for the first query: that must cost the reader no download.
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 200))));
    expect(searchData).toEqual([]);
    await page.locator("#search-q").fill("Kabul");
    expect(countIn(await waitForStatus(page, "for “Kabul”"))).toBeGreaterThan(0);
    expect(searchData.some((path) => path.includes("/index/"))).toBe(true);
    expect(errors).toEqual([]);
  });

  it("announces only the whole word when the reader types it quickly, not every letter on the way", async () => {
    const { page } = await openSearch();
    await page.locator("#search-q").waitFor();
    // Five keystrokes in one burst, then the announcements the live region made until the word's results were in.
    const announced = await page.evaluate(
      () =>
        new Promise<string[]>((done) => {
          const input = document.getElementById("search-q") as HTMLInputElement;
          const status = document.getElementById("search-status")!;
          const seen: string[] = [];
          new MutationObserver(() => {
            seen.push(status.textContent ?? "");
            if (seen.at(-1)!.includes("“Kabul”")) done(seen);
          }).observe(status, { childList: true, characterData: true, subtree: true });
          for (const value of ["K", "Ka", "Kab", "Kabu", "Kabul"]) {
            input.value = value;
            input.dispatchEvent(new Event("input", { bubbles: true }));
          }
        }),
    );
    expect(announced).toEqual([expect.stringMatching(/^\d+ results? for “Kabul”$/)]);
  });

  it("shows the first results and their count before the slowest of the page has arrived", async () => {
    const { page } = await openSearch();
    // Each result's text is its own download: let the first three through and hold the rest back.
    let passed = 0;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/pagefind/fragment/**", async (route) => {
      if (passed++ >= 3) await held;
      await route.continue();
    });
    await page.locator("#search-q").fill("president");
    await page.locator("#search-status", { hasText: "for “president”" }).waitFor();
    const early = await page.locator(".search-result").count();
    expect(early).toBeGreaterThanOrEqual(1);
    expect(early).toBeLessThan(10);
    expect(await page.locator("#search-results").getAttribute("aria-busy")).toBe("true");
    release();
    await waitForStatus(page, "for “president”");
    expect(await page.locator(".search-result").count()).toBe(10);
  });

  it("works from the keyboard: / focuses the box, arrows move through results, Enter opens one", async () => {
    const { page } = await openSearch("?q=Kabul");
    await waitForStatus(page, "for “Kabul”");
    await page.locator("h1").click();
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-q");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("result-1");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("result-2");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search-q");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const href = await page.locator("#result-2").getAttribute("href");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === href);
  });

  it("takes '/' in the box it has just focused for the shortcut, not a slash to search for", async () => {
    const { page } = await openSearch();
    await page.locator("#search-q").focus();
    await page.keyboard.press("/");
    expect(await page.locator("#search-q").inputValue()).toBe("");
    await page.keyboard.type("pinochet");
    expect(await page.locator("#search-q").inputValue()).toBe("pinochet");
  });

  it("shows one search box on the search page, and excerpts that do not start by repeating the headline", async () => {
    const { page } = await openSearch("?q=Khawaja");
    await waitForStatus(page, "for “Khawaja”");
    expect(await page.locator("input[type=search]").count()).toBe(1);
    const results = await page.locator(".search-result").evaluateAll((items) =>
      items.map((item) => ({
        title: item.querySelector(".search-result-title")?.textContent?.trim() ?? "",
        excerpt: item.querySelector(".search-result-excerpt")?.textContent?.trim() ?? "",
      })),
    );
    expect(results.length).toBeGreaterThan(0);
    for (const result of results)
      if (result.excerpt) expect(result.excerpt.startsWith(result.title), result.title).toBe(false);
  });

  it("types '/' into the box as a character once the box has the focus", async () => {
    const { page } = await openSearch();
    await page.locator("#search-q").click();
    await page.keyboard.type("a/b");
    expect(await page.locator("#search-q").inputValue()).toBe("a/b");
  });
});
