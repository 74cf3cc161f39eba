// Runs a build (Eleventy in a child process, then the search index) or the dev server (Eleventy in this process).
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { resolveOptions } from "../model/broadsheet-options.ts";
import { acquireLock, lockPathFor, withFolderLock } from "../util/file-lock.ts";
import { renderKey } from "../render/render-key.ts";
import { clearAllButPages, linkLastPages, pagesManifestFile } from "../render/reuse-pages.ts";
import { recordTiming, timingMark } from "../util/record-timing.ts";
import { replaceFolder } from "../util/replace-folder.ts";
import type { EleventyRunOptions } from "./draw-site.ts";
import type { EleventyPagesLinkedMessage } from "./eleventy-process.ts";
import type { SiteSettings } from "../util/site-settings.ts";
import { drawInChild, startDrawing } from "./draw-in-child.ts";
import { indexEarly } from "./index-early.ts";
import { indexSearchPlan } from "./index-search-plan.ts";

export type { EleventyRunOptions } from "./draw-site.ts";

/**
 * Links the pages of the last build into `output` into `building` while `child` (told so: `linking`) starts, when
 * its pages will be drawn as the last build's were (the same render key), and then tells `child`, which carries the
 * pages only after: the next build after a fresh one would otherwise make every link and its folder (1.5 s for
 * 15,000 pages on the bench's disk) after its site model, where both cores are busy.
 */
async function linkPagesFor(
  child: ChildProcess,
  output: string,
  building: string,
  drawing: { settings: SiteSettings; drafts: boolean; pathPrefix: string | undefined },
): Promise<void> {
  const from = timingMark();
  let pages = 0;
  try {
    const key = await renderKey({
      settings: drawing.settings,
      pathPrefix: drawing.pathPrefix ?? "/",
      drafts: drawing.drafts,
    });
    pages = await linkLastPages(output, building, key, pagesManifestFile(output));
    recordTiming("link-pages", from, { pages });
  } catch {
    // Only time is lost: the drawing process carries the pages itself.
  } finally {
    if (child.connected) child.send({ pagesLinked: { all: pages > 0 } } satisfies EleventyPagesLinkedMessage);
  }
}

/**
 * Builds the site once, or builds and then watches and serves it until the process is stopped. A build holds
 * the output folder's lock (a second build into the same folder waits for it) and writes into a hidden
 * sibling folder that replaces the output only when complete, so a killed build leaves the old site whole.
 * A build draws the pages in a child process and builds the search index after it has ended, so that the two
 * never hold their memory at once; the dev server runs Eleventy here and indexes in the background. `drawing` is a
 * build's drawing process started ahead (`startDrawing`); whoever started it kills it when the build is over.
 */
export async function runEleventy(options: EleventyRunOptions = {}, drawing?: ChildProcess): Promise<void> {
  const runMode = options.runMode ?? "build";
  const output = options.output ?? "_site";
  const content = options.content ?? "content";
  if (runMode === "build") {
    const { settings, searchCache, search, path, drafts } = resolveOptions({ ...options.plugin, content }, content);
    await withFolderLock("build", output, {}, () =>
      replaceFolder(
        output,
        async (building) => {
          const searchPlan = join(searchCache, `plan-${process.pid}-${randomBytes(4).toString("hex")}.json`);
          // An earlier site handed on as the spare: the build brings its pages up to date and writes the rest anew.
          clearAllButPages(building, search ? join(path, "pagefind").replace(/^[\\/]+/, "") : undefined);
          // A small redraw (an edit, a new story) has its changed shards indexed while its pages are drawn.
          const early = indexEarly(searchPlan, settings.language.toLowerCase());
          try {
            const child = drawing ?? startDrawing();
            const drawn = drawInChild(
              { options: { ...options, plugin: { ...options.plugin, searchPlan } }, folder: building, linking: true },
              child,
              early.hear,
            );
            await linkPagesFor(child, output, building, { settings, drafts, pathPrefix: options.pathPrefix });
            await drawn;
            early.stop();
            const problems = await indexSearchPlan(searchPlan, settings.searchIndexMemoryMb, early.started);
            for (const problem of problems) console.error(`[broadsheet] ${problem.message}`);
            if (problems.length) process.exitCode = 1;
          } finally {
            early.stop();
            await Promise.allSettled(early.started.values());
            await rm(searchPlan, { force: true });
          }
        },
        // The old site is kept for the next build, which changes in it only the pages that differ (reuse-pages.ts).
        { spare: true },
      ),
    );
    return;
  }
  // The dev server rewrites files in place as they change: it holds the lock for as long as it runs.
  const { createEleventy } = await import("./draw-site.ts");
  await acquireLock(lockPathFor("build", output), { purpose: `${runMode} into ${output}` });
  const eleventy = createEleventy(options, output);
  await eleventy.init();
  // A change redraws the pages that depend on it, not all of them: after an edit to articles, the pages of the
  // stories whose page shows something new (the edited story, stories that list it as related) and every listing.
  eleventy.setIncrementalBuild(true);
  await eleventy.watch();
  if (runMode === "serve") await eleventy.serve(options.port ?? 8080);
}
