// The shape every `broadsheet` command has, so main.ts can list them and each command file stands alone.

/** A CLI command: its one-line description, its help text, and what it does (returning the exit code). */
export interface Command {
  summary: string;
  help: string;
  run(args: string[]): Promise<number>;
}
