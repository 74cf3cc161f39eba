// Builds a site with the real CLI (a real Eleventy build and a real Pagefind index) for tests.
import { execFile } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Where test builds go: inside the project, because Eleventy resolves data files relative to it, and one
 * folder per test run (set by the global setup) so that two runs at once do not delete each other's sites.
 */
export const TEST_ROOT = process.env["BROADSHEET_TEST_ROOT"] ?? `.cache/tests/run-${process.pid}`;

/** The result of a build: the folders, the CLI's exit code and what it printed. */
export interface BuiltSite {
  content: string;
  output: string;
  code: number;
  stderr: string;
}

/** Runs `broadsheet build` on `content` into `output`; never throws for a failed build (the code says). */
export async function runBuild(content: string, output: string, extraArgs: string[] = []): Promise<BuiltSite> {
  await rm(output, { recursive: true, force: true });
  try {
    const { stderr } = await run(
      "node",
      ["bin/broadsheet.js", "build", "--no-import", "--content", content, "--output", output, ...extraArgs],
      {
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return { content, output, code: 0, stderr };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { content, output, code: failed.code ?? 1, stderr: failed.stderr ?? String(error) };
  }
}

/**
 * Makes a content folder named `name` under .cache/tests with the given articles (path → file text)
 * and site settings, then builds it.
 */
export async function buildContent(
  name: string,
  articles: Record<string, string>,
  settings: Record<string, unknown> = {},
  extraArgs: string[] = [],
): Promise<BuiltSite> {
  const content = join(TEST_ROOT, name, "content");
  await rm(join(TEST_ROOT, name), { recursive: true, force: true });
  await mkdir(join(content, "_data"), { recursive: true });
  await mkdir(join(content, "articles"), { recursive: true });
  await writeFile(join(content, "_data", "site.json"), JSON.stringify({ title: "Test digest", ...settings }));
  for (const [path, text] of Object.entries(articles)) {
    await mkdir(join(content, "articles", path, ".."), { recursive: true });
    await writeFile(join(content, "articles", path), text);
  }
  return runBuild(content, join(TEST_ROOT, name, "site"), extraArgs);
}
