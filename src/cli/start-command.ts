// `broadsheet start` (npm start): import the inbox, build, serve with live reload, rebuild on changes.
import { importInbox } from "./import-inbox.ts";
import { forgetBuild } from "./build-fingerprint.ts";
import type { Command } from "./command.ts";
import { pluginOptionsFromCli } from "./plugin-options-from-cli.ts";
import { parseOptions, UsageError } from "./usage-error.ts";

const HELP = `Usage: broadsheet start [options]

Imports content/inbox/, builds the site with drafts into a folder of its own
(.cache/preview/, never the _site/ that \`broadsheet build\` publishes), and serves it at
http://localhost:8080/ with live reload. An edited or added article redraws its own
page and the pages that list stories (editions, topics, people, places, feeds); the
page reloads at once, and search catches up when the index is rewritten in the
background ("Search index updated" in the log). Other articles' related stories are
brought up to date by the next \`broadsheet build\`.

Options:
  --port <number>     port of the dev server (default: 8080)
  --content <folder>  the content folder (default: content)
  --output <folder>   where the preview goes (default: .cache/preview); a later
                      \`broadsheet build\` into the same folder always rebuilds it
  -h, --help          this help`;

/** Where `start` writes its preview with drafts (default of --output): apart from the published _site/. */
export const PREVIEW_FOLDER = ".cache/preview";

export const startCommand: Command = {
  summary: "import the inbox, build, and serve with live reload",
  help: HELP,
  async run(args) {
    const { values } = parseOptions(args, {
      port: { type: "string" },
      content: { type: "string" },
      output: { type: "string" },
    });
    const port = Number(values.port ?? 8080);
    if (!Number.isInteger(port) || port <= 0 || port > 65535)
      throw new UsageError(`--port "${values.port}" is not a port number`);
    const content = values.content ?? "content";
    await importInbox(content);
    const output = values.output ?? PREVIEW_FOLDER;
    // The preview holds drafts: before a file is written, a production build into the same folder stops being
    // "up to date", so a later `build` redraws it without them even if this process is killed mid-way.
    await forgetBuild(output);
    const { runEleventy } = await import("./run-eleventy.ts");
    await runEleventy({
      runMode: "serve",
      port,
      quiet: true,
      content,
      output,
      plugin: pluginOptionsFromCli({ drafts: true, noSearch: false }),
    });
    // The server keeps the process alive until Ctrl-C.
    return new Promise<number>(() => {});
  },
};
