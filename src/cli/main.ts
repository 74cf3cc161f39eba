// The broadsheet CLI: one function per command, each with its own --help, and exit codes scripts can trust.
import { buildCommand } from "./build-command.ts";
import { checkCommand } from "./check-command.ts";
import { importCommand } from "./import-command.ts";
import { initCommand } from "./init-command.ts";
import { newsletterCommand } from "./newsletter-command.ts";
import { startCommand } from "./start-command.ts";
import { summarizeCommand } from "./summarize-command.ts";
import { BroadsheetError } from "../errors.ts";
import { UsageError } from "./usage-error.ts";
import type { Command } from "./command.ts";

const COMMANDS: Record<string, Command> = {
  init: initCommand,
  import: importCommand,
  build: buildCommand,
  start: startCommand,
  summarize: summarizeCommand,
  check: checkCommand,
  newsletter: newsletterCommand,
};

const USAGE = `broadsheet — turns a pile of article files into a digest website

Usage: broadsheet <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(11)} ${command.summary}`)
  .join("\n")}

Run "broadsheet <command> --help" for a command's options.
Exit codes: 0 all went well, 1 some input failed (the rest was done), 2 wrong usage.`;

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(USAGE);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`broadsheet: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  if (args.includes("--help") || args.includes("-h")) {
    console.log(command.help);
    return 0;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`broadsheet ${name}: ${error.message}\n\n${command.help}`);
      return 2;
    }
    // Our own errors name the file and say what to do; anything else is a bug, shown with its stack.
    console.error(
      `broadsheet ${name}: ${error instanceof BroadsheetError ? error.message : ((error as Error).stack ?? error)}`,
    );
    return 1;
  }
}
