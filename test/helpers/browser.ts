// Starts the machine's Chromium through playwright-core, headless, with a fresh profile for each test file.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Where Chromium is (default: /usr/bin/chromium; CHROMIUM_PATH overrides). */
export const CHROMIUM_EXECUTABLE = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
/** Without these, Chromium keeps trying to reach Google's services through a closed network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** A headless Chromium context with a 10-second default timeout, and a function that closes it. */
export async function openBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), "broadsheet-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_EXECUTABLE,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  // A failing locator gives up after 10 s instead of waiting for the test's own time-out.
  context.setDefaultTimeout(10_000);
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
