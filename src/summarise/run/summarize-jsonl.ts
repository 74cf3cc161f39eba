// `broadsheet summarize`: JSON Lines of articles in, JSON Lines of summaries out.
import { createInterface } from "node:readline";
import { once } from "node:events";
import { SummaryError } from "../../errors.ts";
import { extractArticleEntities } from "../names/extract-article-entities.ts";
import { summarise } from "../brief/summarise-text.ts";

/** One input line: `{"id", "text", "title"?}`. */
interface SummarizeLine {
  id: string | number;
  text: string;
  title?: string;
}

function parseLine(line: string, lineNumber: number): SummarizeLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (cause) {
    throw new SummaryError("not valid JSON; each line must be one JSON object", {
      path: "<stdin>",
      line: lineNumber,
      cause,
    });
  }
  const record = value as Partial<SummarizeLine> | null;
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    throw new SummaryError('expected a JSON object with "id" and "text"', { path: "<stdin>", line: lineNumber });
  }
  if (typeof record.id !== "string" && typeof record.id !== "number") {
    throw new SummaryError('"id" must be a string or a number', { path: "<stdin>", line: lineNumber });
  }
  if (typeof record.text !== "string") {
    throw new SummaryError('"text" must be a string', { path: "<stdin>", line: lineNumber });
  }
  if (record.title !== undefined && typeof record.title !== "string") {
    throw new SummaryError('"title" must be a string when present', { path: "<stdin>", line: lineNumber });
  }
  return { id: record.id, text: record.text, title: record.title };
}

/**
 * Reads `{"id", "text", "title"?}` lines from `input` and writes
 * `{"id", "summary": [sentence, ...]}` lines to `output`, `sentences` sentences
 * each; with `entities` (default: false) each line also has `people`, `places` and
 * `organisations`, every name the digest recognises. Blank lines are ignored; a malformed line is reported on `log` (default:
 * process.stderr) with its line number and skipped. Resolves with the number of
 * summaries written and of lines skipped.
 */
export async function summarizeJsonl(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  sentences: number,
  log: NodeJS.WritableStream = process.stderr,
  entities = false,
): Promise<{ count: number; errors: number }> {
  let count = 0;
  let errors = 0;
  let lineNumber = 0;
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    let record: SummarizeLine;
    try {
      record = parseLine(line, lineNumber);
    } catch (error) {
      errors++;
      log.write(`${error instanceof Error ? error.message : String(error)}\n`);
      continue;
    }
    const summary = summarise({ title: record.title, text: record.text }, { sentences });
    count++;
    // Respect back-pressure so a large input does not buffer all output in memory.
    const names = entities ? extractArticleEntities(record.text) : {};
    if (!output.write(`${JSON.stringify({ id: record.id, summary, ...names })}\n`)) await once(output, "drain");
  }
  return { count, errors };
}
