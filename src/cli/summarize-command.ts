// `broadsheet summarize`: the summariser on JSONL, for evaluation ({"id","text"} in, {"id","summary"} out).
import type { Command } from "./command.ts";
import { parseOptions, UsageError } from "./usage-error.ts";

const HELP = `Usage: broadsheet summarize [--sentences K] [--entities] < in.jsonl > out.jsonl

Reads one JSON object a line, {"id": …, "text": …, "title"?: …}, and writes one a line,
{"id": …, "summary": [sentence, …]}, in the same order; with --entities also
"people", "places" and "organisations": every name the digest recognises, as the site names it. A malformed line is reported on
stderr with its line number and skipped.

Options:
  --sentences <K>   sentences a summary (default: 3)
  --entities        add the article's people, places and organisations (default: off)
  -h, --help        this help

Exit codes: 0 every line summarised, 1 some line was malformed, 2 wrong usage.`;

export const summarizeCommand: Command = {
  summary: "summarise JSONL articles from stdin to stdout (for evaluation)",
  help: HELP,
  async run(args) {
    const { values } = parseOptions(args, { sentences: { type: "string" }, entities: { type: "boolean" } });
    const sentences = Number(values.sentences ?? 3);
    if (!Number.isInteger(sentences) || sentences < 1)
      throw new UsageError(`--sentences "${values.sentences}" must be a whole number of 1 or more`);
    // Loaded when needed, so that `--help` and the other commands start fast.
    const { summarizeJsonl } = await import("../summarise/index.ts");
    const { errors } = await summarizeJsonl(
      process.stdin,
      process.stdout,
      sentences,
      process.stderr,
      values.entities === true,
    );
    return errors > 0 ? 1 : 0;
  },
};
