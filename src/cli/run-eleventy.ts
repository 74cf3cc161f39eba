// Runs Eleventy in this process with Broadsheet's configuration, for a build or for the dev server.
import Eleventy from "@11ty/eleventy";
import { existsSync } from "node:fs";
import type { BroadsheetOptions } from "../model/broadsheet-options.ts";
import { setStandaloneOptions } from "../plugin/standalone-options.ts";
import type { EleventyConfig } from "../util/eleventy-config-type.ts";
import { packagePath } from "../util/package-root.ts";
import { acquireLock, lockPathFor, withFolderLock } from "../util/file-lock.ts";
import { replaceFolder } from "../util/replace-folder.ts";
import { beginSlicedBuild, endSlicedBuild, nextRun } from "../render/render-slices.ts";

/** Options of a build (defaults: content/ into _site/, no prefix, a production build). */
export interface EleventyRunOptions {
  /** Content folder: articles, _data/site.json (default: "content"). */
  content?: string;
  /** Output folder (default: "_site"). */
  output?: string;
  /** Path prefix for hosting under a sub-path, like "/digest/" (default: "/"). */
  pathPrefix?: string;
  /** "build" leaves drafts out; "serve" and "watch" keep them (default: "build"). */
  runMode?: "build" | "serve" | "watch";
  /** Port of the dev server (default: 8080). */
  port?: number;
  /** Hide Eleventy's per-file log lines (default: true). */
  quiet?: boolean;
  /** The plugin's options besides the content folder: drafts, search, caches (default: none, the plugin's defaults). */
  plugin?: BroadsheetOptions;
}

/** eleventy.config.ts in the repository, its compiled eleventy.config.js in the installed package. */
function standaloneConfigPath(): string {
  const source = packagePath("eleventy.config.ts");
  return existsSync(source) ? source : packagePath("dist", "eleventy.config.js");
}

/**
 * Builds the site once, or builds and then watches and serves it until the process is stopped. A build holds
 * the output folder's lock (a second build into the same folder waits for it) and writes into a hidden
 * sibling folder that replaces the output only when complete, so a killed build leaves the old site whole.
 */
export async function runEleventy(options: EleventyRunOptions = {}): Promise<void> {
  const runMode = options.runMode ?? "build";
  const output = options.output ?? "_site";
  const create = (folder: string) =>
    new Eleventy(options.content ?? "content", folder, {
      // The package's own configuration, not one the working directory may hold; it reads the options set here.
      configPath: standaloneConfigPath(),
      config: (eleventyConfig: EleventyConfig) => setStandaloneOptions(eleventyConfig, { ...options.plugin, content: options.content ?? "content" }),
      // As from Eleventy's own CLI: the folders given here win over the defaults in eleventy.config.ts.
      source: "cli",
      pathPrefix: options.pathPrefix,
      quietMode: options.quiet ?? true,
      runMode,
    });
  if (runMode === "build") {
    await withFolderLock("build", output, {}, () =>
      replaceFolder(output, async (building) => {
        // A large site is drawn in several runs, each forgotten before the next (see render-slices.ts).
        beginSlicedBuild();
        try {
          do {
            const eleventy = create(building);
            await eleventy.init();
            await eleventy.write();
          } while (nextRun());
        } finally {
          endSlicedBuild();
        }
      }),
    );
    return;
  }
  // The dev server rewrites files in place as they change: it holds the lock for as long as it runs.
  await acquireLock(lockPathFor("build", output), { purpose: `${runMode} into ${output}` });
  const eleventy = create(output);
  await eleventy.init();
  // A change redraws the pages that depend on it, not all of them: after an edit to articles, the pages of the
  // stories whose page shows something new (the edited story, stories that list it as related) and every listing.
  eleventy.setIncrementalBuild(true);
  await eleventy.watch();
  if (runMode === "serve") await eleventy.serve(options.port ?? 8080);
}
