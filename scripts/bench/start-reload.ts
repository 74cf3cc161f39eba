// `npm start` on a benchmark corpus: from saving an edit to an article to the dev server serving its new page.
// Usage: node --import tsx scripts/bench/start-reload.ts [--articles 10000] [--runs 3] [--back-to-back]
// Each edit is saved once the search index of the last one is written ("Search index updated"), as when an editor
// saves a story every minute or so; with --back-to-back, 3 s after the last edit's page is served, while the index of
// the last edit is still being written beside the rebuild.
// Run `npm run bench -- --articles N` first: it leaves the corpus's content and summaries in .cache/bench/<N>/.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { storyUrl } from "../../src/model/story-url.ts";
import { freePort, waitFor } from "../../test/helpers/wait-for.ts";
import { median } from "./report.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    runs: { type: "string", default: "3" },
    "back-to-back": { type: "boolean", default: false },
  },
});
const root = join(".cache", "bench", values.articles!);
const content = join(root, "content");
const articlesDir = join(content, "articles");
if (!existsSync(articlesDir)) {
  console.error(`No corpus in ${root}: run \`npm run bench -- --articles ${values.articles}\` first.`);
  process.exit(2);
}

/** The article files, sorted; the edited one is in the middle, as the bench's edit is. */
const files = (await readdir(articlesDir, { recursive: true }))
  .filter((name) => name.endsWith(".md"))
  .sort()
  .map((name) => join(articlesDir, name));
const file = files[Math.floor(files.length / 2)]!;
const url = storyUrl(articlesDir, file);
const original = await readFile(file, "utf8");

const port = await freePort();
const output = await mkdtemp(join(tmpdir(), "broadsheet-start-"));
const started = Date.now();
// The corpus's summaries and index shards from the bench, so that the first build does not summarise again.
const server = spawn(
  process.execPath,
  ["bin/broadsheet.js", "start", "--content", content, "--output", output, "--port", String(port)],
  {
    env: {
      ...process.env,
      BROADSHEET_SUMMARY_CACHE: join(root, "summaries"),
      BROADSHEET_SEARCH_CACHE: join(root, "search-shards"),
    },
    stdio: ["ignore", "pipe", "inherit"],
  },
);
let indexed = 0;
server.stdout!.on("data", (chunk: Buffer) => {
  indexed += chunk.toString().split("Search index updated").length - 1;
});
const page = async (): Promise<string> => {
  const response = await fetch(`http://localhost:${port}${url}`).catch(() => undefined);
  return response?.ok ? response.text() : "";
};

const seconds: number[] = [];
try {
  if (!(await waitFor(async () => (await page()).length > 0, 900_000)))
    throw new Error("the dev server never served the page");
  console.error(
    `Serving ${files.length} articles after ${((Date.now() - started) / 1000).toFixed(1)} s; editing ${file}`,
  );
  for (let run = 0; run < Number(values.runs); run++) {
    // Eleventy's watcher waits for writes to settle; a pause between edits keeps them apart.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    if (!values["back-to-back"] && !(await waitFor(async () => indexed >= run + 1, 300_000)))
      throw new Error("the search index was never updated");
    const token = `Reload check ${run} ${Date.now()}.`;
    const saved = Date.now();
    await writeFile(file, `${original.trimEnd()}\n\n${token}\n`);
    if (!(await waitFor(async () => (await page()).includes(token), 300_000))) throw new Error("the edit never showed");
    seconds.push((Date.now() - saved) / 1000);
    console.error(`Run ${run + 1}: ${seconds.at(-1)!.toFixed(1)} s from saving the edit to its page being served`);
  }
} finally {
  server.kill("SIGINT");
  await writeFile(file, original);
  await rm(output, { recursive: true, force: true });
}
console.log(
  `npm start at ${files.length} articles${values["back-to-back"] ? ", edits back to back" : ""}: save → new page served, median ${median(seconds).toFixed(1)} s (${seconds.map((s) => s.toFixed(1)).join(", ")})`,
);
