// Reads the search page in browser tests: waits for a search to be drawn and lists what its results show.
import type { Page } from "playwright-core";

/** One drawn result as a reader sees it. */
export interface ShownResult {
  title: string;
  href: string;
  datetime: string;
  topics: string[];
}

/** Waits until the live region reports a search whose text contains (or matches) `text` (e.g. "for “Kabul”"), and returns it. */
export async function waitForStatus(page: Page, text: string | RegExp): Promise<string> {
  const status = page.locator("#search-status", { hasText: text });
  await status.waitFor();
  await page.locator("#search-results:not([aria-busy])").waitFor({ state: "attached" });
  return (await status.textContent()) ?? "";
}

/** The number a status like "23 results for …" starts with (0 for "No results …"). */
export function countIn(status: string): number {
  const match = /^(\d+)/.exec(status);
  return match ? Number(match[1]) : 0;
}

/** The results on the page, in order. */
export function shownResults(page: Page): Promise<ShownResult[]> {
  return page.locator(".search-result").evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector(".search-result-link")?.textContent ?? "",
      href: item.querySelector(".search-result-link")?.getAttribute("href") ?? "",
      datetime: item.querySelector("time")?.getAttribute("datetime") ?? "",
      topics: [...item.querySelectorAll(".search-result-topic")].map((topic) => topic.textContent ?? ""),
    })),
  );
}
