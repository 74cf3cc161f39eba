// Runs Eleventy in this process with Broadsheet's configuration, for a build or for the dev server.
import Eleventy from "@11ty/eleventy";

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
}

/** Builds the site once, or builds and then watches and serves it until the process is stopped. */
export async function runEleventy(options: EleventyRunOptions = {}): Promise<void> {
  const runMode = options.runMode ?? "build";
  const eleventy = new Eleventy(options.content ?? "content", options.output ?? "_site", {
    configPath: "eleventy.config.ts",
    // As from Eleventy's own CLI: the folders given here win over the defaults in eleventy.config.ts.
    source: "cli",
    pathPrefix: options.pathPrefix,
    quietMode: options.quiet ?? true,
    runMode,
  });
  await eleventy.init();
  if (runMode === "build") {
    await eleventy.write();
    return;
  }
  await eleventy.watch();
  if (runMode === "serve") await eleventy.serve(options.port ?? 8080);
}
