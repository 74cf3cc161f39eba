// `npm run eval -- --entities`: precision and recall per kind of name on the hand-marked set, through `summarize --entities`.
import { Readable, Writable, PassThrough } from "node:stream";
import { summarizeJsonl } from "../../src/summarise/run/summarize-jsonl.ts";
import { differences, ENTITY_KINDS, rates, readMarkedSet, scoreSet, type Names } from "./score-entities.ts";

/** Each article's names as `summarize --entities` writes them, by id. */
export async function findNames(articles: { id: string; text: string }[]): Promise<Map<string, Names>> {
  const chunks: string[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString());
      callback();
    },
  });
  const log = new PassThrough();
  const lines = articles.map((a) => `${JSON.stringify({ id: a.id, text: a.text })}\n`);
  const { errors } = await summarizeJsonl(Readable.from(lines), output, 1, log, true);
  if (errors) throw new Error(`summarize --entities rejected ${errors} lines`);
  const found = new Map<string, Names>();
  for (const line of chunks.join("").split("\n")) {
    if (!line) continue;
    const record = JSON.parse(line) as Names & { id: string };
    found.set(record.id, { people: record.people, places: record.places, organisations: record.organisations });
  }
  return found;
}

/** Prints the table, and with `verbose` each article's wrong and missed names. */
export async function evalEntities(dir: string, verbose: boolean): Promise<void> {
  const articles = readMarkedSet(dir);
  const found = await findNames(articles);
  if (verbose) {
    for (const article of articles) {
      const names = found.get(article.id)!;
      const lines = ENTITY_KINDS.flatMap((kind) => {
        const { wrong, missed } = differences(kind, names[kind], article.expected[kind], article.expected.ignore);
        return wrong.length || missed.length
          ? [`  ${kind}: wrong ${JSON.stringify(wrong)} missed ${JSON.stringify(missed)}`]
          : [];
      });
      if (lines.length) console.log(`${article.id}\n${lines.join("\n")}`);
    }
  }
  const totals = scoreSet(articles, found);
  const f = (n: number): string => n.toFixed(3);
  console.log(`Names on ${articles.length} hand-marked articles (${dir})`);
  console.log("| kind | found | right | marked | precision | recall | F1 |");
  console.log("|---|---|---|---|---|---|---|");
  for (const kind of ENTITY_KINDS) {
    const t = totals[kind];
    const r = rates(t);
    console.log(
      `| ${kind} | ${t.found} | ${t.right} | ${t.marked} | ${f(r.precision)} | ${f(r.recall)} | ${f(r.f1)} |`,
    );
  }
}
