// The digest's layouts, under the "broadsheet/" namespace of the includes folder, so that a host's own layouts
// (its base.njk) stay its own and a host may override one of ours by a file of the same name.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, posix, relative } from "node:path";
import { packagePath } from "../util/package-root.ts";
import type { EleventyConfig } from "../util/eleventy-config-type.ts";

/** The folder name under the includes folder that holds the digest's layouts: `layout: broadsheet/article.njk`. */
export const LAYOUT_NAMESPACE = "broadsheet";

/** The Nunjucks layouts of the package, as paths relative to its layouts/ (partials included, feeds and assets not). */
function layoutFiles(): string[] {
  const root = packagePath("layouts");
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
      const path = posix.join(folder, entry.name);
      if (entry.isDirectory() && entry.name !== "assets" && entry.name !== "feeds") walk(path);
      else if (entry.isFile() && entry.name.endsWith(".njk")) files.push(path);
    }
  };
  walk("");
  return files;
}

/** The part of Nunjucks that Eleventy hands to "eleventy.engine.njk" listeners that a loader needs. */
interface NunjucksEvent {
  nunjucks: { Loader: { extend(methods: object): new () => object } };
  environment: { loaders: object[] };
}

/**
 * Adds every layout as a virtual template at `<includes>/broadsheet/<name>` unless the host has a file there (the
 * host's file wins), and lets Nunjucks find `broadsheet/…` in the package too, for templates that a filter renders
 * by name (the brief) after the host's includes folder, which is searched first.
 */
export function digestLayoutsPlugin(eleventyConfig: EleventyConfig): void {
  const directories = eleventyConfig.directories as { input?: string; includes?: string };
  const input = directories.input ?? ".";
  const includes = directories.includes ?? join(input, "_includes");
  for (const file of layoutFiles()) {
    const name = posix.join(LAYOUT_NAMESPACE, file);
    if (existsSync(join(includes, name))) continue;
    // Virtual templates are named relative to the input folder.
    const virtualPath = posix.join(relative(input, includes).split("\\").join("/"), name);
    eleventyConfig.addTemplate(virtualPath, readFileSync(packagePath("layouts", file), "utf8"));
  }
  eleventyConfig.on("eleventy.engine.njk", ({ nunjucks, environment }: NunjucksEvent) => {
    const PackageLoader = nunjucks.Loader.extend({
      getSource(name: string) {
        if (!name.startsWith(`${LAYOUT_NAMESPACE}/`)) return null;
        const path = packagePath("layouts", name.slice(LAYOUT_NAMESPACE.length + 1));
        if (!existsSync(path)) return null;
        // Eleventy forgets a changed template through this map while serving.
        (this as unknown as { pathsToNames: Record<string, string> }).pathsToNames[path] = name;
        return { src: readFileSync(path, "utf8"), path, noCache: false };
      },
    });
    // The Environment gives its loaders a template cache when it is made; one added later needs its own, and the
    // map of paths to names that Eleventy reads when a file changes while serving.
    environment.loaders.push(Object.assign(new PackageLoader(), { cache: {}, pathsToNames: {} }));
  });
  eleventyConfig.addWatchTarget(packagePath("layouts"));
}
