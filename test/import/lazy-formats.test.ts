// The packages that read web pages and feeds (some 0.3 s to load) are loaded only by an import that meets one: every
// build imports its inbox first, and a build waits for that.
import { execFile } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { TEST_ROOT } from "../helpers/build-site.ts";

const run = promisify(execFile);
const root = join(TEST_ROOT, "lazy-formats");
const HEAVY = /^(linkedom|turndown|fast-xml-parser|@mozilla\/readability)$/;

/** The heavy packages a Node process resolved while it imported `files` (a module hook writes down each it resolves). */
async function heavyPackagesLoaded(name: string, files: Record<string, string>): Promise<string[]> {
  const dir = join(root, name);
  await mkdir(join(dir, "inbox"), { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(join(dir, "inbox", file), text);
  const log = join(dir, "resolved.txt");
  await writeFile(log, "");
  const hooks = join(dir, "hooks.mjs");
  await writeFile(
    hooks,
    `import { appendFileSync } from "node:fs";\nexport async function resolve(specifier, context, next) {\n  if (${HEAVY}.test(specifier)) appendFileSync(${JSON.stringify(log)}, specifier + "\\n");\n  return next(specifier, context);\n}\n`,
  );
  const register = `import { register } from "node:module"; register(${JSON.stringify(pathToFileURL(hooks).href)});`;
  const script = `const { importFiles } = await import(${JSON.stringify(pathToFileURL(resolve("src/import/index.ts")).href)});
const report = await importFiles([${JSON.stringify(join(dir, "inbox"))}], { articlesDir: ${JSON.stringify(join(dir, "articles"))}, zone: "UTC" });
if (report.counts.imported !== ${Object.keys(files).length}) throw new Error(JSON.stringify(report.entries));`;
  await run(
    process.execPath,
    [
      "--import",
      "tsx",
      "--import",
      `data:text/javascript,${encodeURIComponent(register)}`,
      "--input-type=module",
      "-e",
      script,
    ],
    { cwd: process.cwd() },
  );
  return [...new Set((await readFile(log, "utf8")).split("\n").filter(Boolean))].sort();
}

const TEXT =
  "Ferries resume after the storm\n\nDOVER, England — Ferries to Calais sailed again on Tuesday, the port said.\n";
const PAGE = `<!doctype html><html><head><title>Ferries resume after the storm</title></head><body><main><article><h1>Ferries resume after the storm</h1>
<p>Ferries to Calais sailed again on Tuesday after two days in port, the operator said in a statement.</p>
<p>Passengers who had waited since Sunday boarded the first sailing, and the port expected the queues to clear by night.</p>
</article></main></body></html>`;

describe("an import", () => {
  beforeAll(() => rm(root, { recursive: true, force: true }));

  it("of text files never loads the packages that read web pages and feeds", async () => {
    expect(await heavyPackagesLoaded("text", { "ferries.txt": TEXT })).toEqual([]);
  }, 60_000);

  it("of a saved web page loads them as it meets it", async () => {
    expect(await heavyPackagesLoaded("page", { "ferries.txt": TEXT, "ferries-page.html": PAGE })).toEqual(
      expect.arrayContaining(["@mozilla/readability", "linkedom", "turndown"]),
    );
  }, 60_000);
});
