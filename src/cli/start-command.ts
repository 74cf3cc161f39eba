// `broadsheet start` (npm start): import the inbox, build, serve with live reload, rebuild on changes.
import { importInbox } from "./build-command.ts";
import type { Command } from "./main.ts";
import { parseOptions, UsageError } from "./usage-error.ts";

const HELP = `Usage: broadsheet start [options]

Imports content/inbox/, builds the site with drafts, and serves it at
http://localhost:8080/ with live reload; edits to articles and layouts rebuild it.

Options:
  --port <number>   port of the dev server (default: 8080)
  -h, --help        this help`;

export const startCommand: Command = {
  summary: "import the inbox, build, and serve with live reload",
  help: HELP,
  async run(args) {
    const { values } = parseOptions(args, { port: { type: "string" } });
    const port = Number(values.port ?? 8080);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new UsageError(`--port "${values.port}" is not a port number`);
    await importInbox();
    const { runEleventy } = await import("./run-eleventy.ts");
    await runEleventy({ runMode: "serve", port, quiet: true });
    // The server keeps the process alive until Ctrl-C.
    return new Promise<number>(() => {});
  },
};
