// Runs articles through summarizeJsonl, the code path of `broadsheet summarize`, in memory.
import { PassThrough, Readable, Writable } from "node:stream";
import { summarizeJsonl } from "../../src/summarise/run/summarize-jsonl.ts";

export interface EvalArticle {
  id: string;
  title?: string;
  text: string;
  reference: string;
}

/** Summaries by id, and the seconds summarizeJsonl took for them. */
export async function runSummarizeJsonl(
  articles: EvalArticle[],
  sentences: number,
): Promise<{ summaries: Map<string, string[]>; seconds: number }> {
  const lines = articles.map((a) => `${JSON.stringify({ id: a.id, title: a.title, text: a.text })}\n`);
  const chunks: string[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  const log = new PassThrough();
  const stderr: string[] = [];
  log.on("data", (chunk: Buffer) => stderr.push(chunk.toString()));
  const started = process.hrtime.bigint();
  const result = await summarizeJsonl(Readable.from(lines), output, sentences, log);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.errors > 0) throw new Error(`summarizeJsonl rejected ${result.errors} lines:\n${stderr.join("")}`);
  const summaries = new Map<string, string[]>();
  for (const line of chunks.join("").split("\n")) {
    if (!line) continue;
    const record = JSON.parse(line) as { id: string; summary: string[] };
    summaries.set(record.id, record.summary);
  }
  return { summaries, seconds };
}
