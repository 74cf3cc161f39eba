// Eleventy with Broadsheet's standalone configuration: made for a build or the dev server, and a build's sliced runs.
import Eleventy from "@11ty/eleventy";
import { existsSync } from "node:fs";
import type { BroadsheetOptions } from "../model/broadsheet-options.ts";
import { setStandaloneOptions } from "../plugin/standalone-options.ts";
import { beginSlicedBuild, endSlicedBuild, nextRun } from "../render/render-slices.ts";
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

/** Draws the whole site into `folder`: a large one in several runs, each forgotten before the next (render-slices.ts). */
export async function drawSite(options: EleventyRunOptions, folder: string): Promise<void> {
  beginSlicedBuild();
  try {
    do {
      const eleventy = createEleventy(options, folder);
      await eleventy.init();
      await eleventy.write();
    } while (nextRun());
  } finally {
    endSlicedBuild();
  }
}
