// `broadsheet build`: import the inbox, then summarise, render and index the site into _site/.
import { fingerprintBuild, forgetBuild, isUpToDate, recordBuild } from "./build-fingerprint.ts";
import { finishedLine } from "./describe-build.ts";
import type { Command } from "./command.ts";
import { importInbox } from "./import-inbox.ts";
import { pluginOptionsFromCli } from "./plugin-options-from-cli.ts";
import { parseOptions } from "./usage-error.ts";

const HELP = `Usage: broadsheet build [options]

Imports content/inbox/, then builds the digest: summaries (cached in .cache/), pages
(Eleventy) and the search index (Pagefind) into _site/. Drafts are left out. When no
article, setting, layout or line of code has changed since the last successful build
into the same folder, the build is skipped.

Options:
  --content <folder>      the content folder to build (default: content)
  --output <folder>       where the site goes (default: _site)
  --path-prefix <path>    serve the site under a sub-path, like /digest/ (default: /)
  --no-import             build content/articles as it is, without importing the inbox
  --drafts                include articles marked draft: true (a preview build)
  --no-search             leave out the search index (a quicker preview; search
                          then finds nothing)
  --force                 build even when nothing changed since the last build
  -h, --help              this help

Exit codes: 0 built with no problem, 1 built but some input had problems (listed),
2 wrong usage.`;

export const buildCommand: Command = {
  summary: "import the inbox and build the site into _site/",
  help: HELP,
  async run(args) {
    const { values } = parseOptions(args, {
      content: { type: "string" },
      output: { type: "string" },
      "path-prefix": { type: "string" },
      "no-import": { type: "boolean" },
      drafts: { type: "boolean" },
      force: { type: "boolean" },
      "no-search": { type: "boolean" },
    });
    // The flags and the documented environment variables become the plugin's options here, at the CLI's edge.
    // Only --drafts lets drafts in: a BROADSHEET_DRAFTS left in the shell from a preview never publishes one.
    const plugin = pluginOptionsFromCli({ drafts: values.drafts === true, noSearch: values["no-search"] === true });
    const content = values.content ?? "content";
    const { runEleventy } = await import("./run-eleventy.ts");
    const { readAheadInChild, startDrawing } = await import("./draw-in-child.ts");
    // The process that draws the pages loads Eleventy while this one imports the inbox and checks for changes; it
    // is killed when it has nothing to draw (or when the import fails).
    const drawing = startDrawing();
    // It also reads the articles and their cached digests meanwhile: those the import leaves alone are read once.
    readAheadInChild(drawing, content, plugin);
    try {
      const imported = values["no-import"] ? true : await importInbox(content);
      // The import's garbage (some 300 MB at 10,000 inputs) goes now, not while the drawing process is at its largest.
      (globalThis as { gc?: () => void }).gc?.();
      const output = values.output ?? "_site";
      const pathPrefix = values["path-prefix"] ?? "/";
      const started = Date.now();
      // A rebuild with nothing changed would write the same files again: on a large site, minutes for nothing.
      const fingerprint = await fingerprintBuild({
        content,
        output,
        pathPrefix,
        settings: { ...plugin },
      });
      if (!values.force && (await isUpToDate(output, fingerprint))) {
        console.error(`Nothing changed since the last build: ${output}/ is up to date (--force builds it again).`);
        return imported ? 0 : 1;
      }
      await forgetBuild(output);
      await runEleventy({ content, output, pathPrefix, runMode: "build", plugin }, drawing);
      console.error(finishedLine(output, started));
      // The problems plugin sets process.exitCode when an article or the index had problems; only a clean build is remembered.
      if (!process.exitCode) await recordBuild(output, fingerprint);
      return imported && !process.exitCode ? 0 : 1;
    } finally {
      drawing.kill();
    }
  },
};
