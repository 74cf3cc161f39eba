// Eleventy with Broadsheet's standalone configuration: made for a build or the dev server, and a build's sliced runs.
import Eleventy from "@11ty/eleventy";
import { existsSync } from "node:fs";
import type { BroadsheetOptions } from "../model/broadsheet-options.ts";
import { setStandaloneOptions } from "../plugin/standalone-options.ts";
import { beginSlicedBuild, endSlicedBuild, nextRun } from "../render/render-slices.ts";
import { signalSliceRun } from "../util/build-signals.ts";
import type { EleventyConfig } from "../util/eleventy-config-type.ts";
import { packagePath } from "../util/package-root.ts";

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

/** An Eleventy of the standalone configuration with `options`, writing into `folder`. */
export function createEleventy(options: EleventyRunOptions, folder: string): Eleventy {
  return new Eleventy(options.content ?? "content", folder, {
    // The package's own configuration, not one the working directory may hold; it reads the options set here.
    configPath: standaloneConfigPath(),
    config: (eleventyConfig: EleventyConfig) =>
      setStandaloneOptions(eleventyConfig, { ...options.plugin, content: options.content ?? "content" }),
    // As from Eleventy's own CLI: the folders given here win over the defaults in eleventy.config.ts.
    source: "cli",
    pathPrefix: options.pathPrefix,
    quietMode: options.quiet ?? true,
    runMode: options.runMode ?? "build",
  });
}

/**
 * The memory of the drawing process, in MB, above which the garbage of a run is collected before the next one: V8
 * lets the heap grow by every run's pages before collecting the old ones (at 10,000 stories the process grew from
 * 0.8 to 1.25 GB over the runs, against 0.65 GB collected after each). Collecting after every run cost 14% more CPU;
 * past this mark, a 10,000-story build collects once (0.16 s).
 */
const COLLECT_ABOVE_MB = 900;

/**
 * Draws the whole site into `folder`: a large one in several runs, each forgotten before the next (render-slices.ts).
 * Where Node exposes `gc` (the build's drawing process does), a run's garbage is collected before the next run when
 * the process holds more than `COLLECT_ABOVE_MB`.
 */
export async function drawSite(options: EleventyRunOptions, folder: string): Promise<void> {
  beginSlicedBuild();
  try {
    for (let more = true; more; ) {
      const eleventy = createEleventy(options, folder);
      await eleventy.init();
      await eleventy.write();
      more = nextRun();
      if (more && process.memoryUsage.rss() > COLLECT_ABOVE_MB * 2 ** 20) (globalThis as { gc?: () => void }).gc?.();
      // The build may index search shards while a slice is drawn, when its memory allows (cli/index-early.ts).
      if (more) signalSliceRun();
    }
  } finally {
    endSlicedBuild();
  }
}
