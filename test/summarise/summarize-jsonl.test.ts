// `broadsheet summarize`'s JSON Lines contract: one summary per good line, bad lines reported and skipped.
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { summarizeJsonl } from "../../src/summarise/index.ts";

async function run(
  lines: string[],
  sentences: number,
  entities = false,
): Promise<{ out: string[]; log: string; result: { count: number; errors: number } }> {
  const output = new PassThrough();
  const log = new PassThrough();
  const out: string[] = [];
  let logged = "";
  output.on("data", (c: Buffer) => out.push(c.toString()));
  log.on("data", (c: Buffer) => (logged += c.toString()));
  const result = await summarizeJsonl(Readable.from([lines.join("\n")]), output, sentences, log, entities);
  return { out: out.join("").split("\n").filter(Boolean), log: logged, result };
}

const story =
  "A fire destroyed a school in Leeds on Monday. Nobody was hurt in the blaze. The school will close for a week. Engineers will inspect the building.";

describe("summarizeJsonl", () => {
  it("writes one {id, summary} line per article with the sentences asked for", async () => {
    const { out, result } = await run(
      [JSON.stringify({ id: "a", text: story }), JSON.stringify({ id: 7, title: "T", text: story })],
      2,
    );
    expect(result).toEqual({ count: 2, errors: 0 });
    const records = out.map((line) => JSON.parse(line) as { id: unknown; summary: string[] });
    expect(records.map((r) => r.id)).toEqual(["a", 7]);
    expect(records[0]?.summary).toHaveLength(2);
  });

  it("reports a malformed line with its line number, skips it and goes on", async () => {
    const lines = [
      JSON.stringify({ id: "a", text: story }),
      "{not json",
      JSON.stringify({ id: "c" }),
      JSON.stringify({ id: "d", text: story }),
    ];
    const { out, log, result } = await run(lines, 1);
    expect(result).toEqual({ count: 2, errors: 2 });
    expect(out.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(["a", "d"]);
    expect(log).toMatch(/:2: not valid JSON/);
    expect(log).toMatch(/:3: "text" must be a string/);
  });

  it("ignores blank lines", async () => {
    const { result } = await run(["", JSON.stringify({ id: "a", text: story }), "   ", ""], 3);
    expect(result).toEqual({ count: 1, errors: 0 });
  });

  it("adds the article's people, places and organisations with --entities, and only then", async () => {
    const text = "Prime Minister Jacinda Ardern visited Christchurch on Monday. Ardern met officials of the Red Cross.";
    const withNames = await run([JSON.stringify({ id: "n", text })], 1, true);
    const record = JSON.parse(withNames.out[0]!) as { people: string[]; places: string[]; organisations: string[] };
    expect(record.people).toEqual(["Jacinda Ardern"]);
    expect(record.places).toContain("Christchurch");
    const plain = await run([JSON.stringify({ id: "n", text })], 1);
    expect(Object.keys(JSON.parse(plain.out[0]!) as object)).toEqual(["id", "summary"]);
  });
});
