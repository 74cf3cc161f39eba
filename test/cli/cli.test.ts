// The broadsheet command as a user runs it: help, import with its report, exit codes, summarize on JSONL.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const exec = promisify(execFile);
const SEED = "test/fixtures/import/seed/input.txt";
const temp = await mkdtemp(join(tmpdir(), "broadsheet-cli-"));
afterAll(() => rm(temp, { recursive: true, force: true }));

/** Runs the CLI; resolves with its exit code and output instead of throwing on a non-zero exit. */
async function broadsheet(args: string[], input?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = exec("node", ["bin/broadsheet.js", ...args]);
  if (input !== undefined) {
    child.child.stdin!.end(input);
  }
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Every file under `root` with its modification time, to prove a re-run writes nothing. */
async function snapshot(root: string): Promise<Map<string, number>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return new Map(await Promise.all(files.map(async (file) => [file, (await stat(file)).mtimeMs] as const)));
}

describe("broadsheet", () => {
  it("lists its commands with --help and each command's options with <command> --help", async () => {
    const help = await broadsheet(["--help"]);
    expect(help.code).toBe(0);
    for (const command of ["import", "build", "summarize", "check"]) expect(help.stdout).toContain(command);
    const importHelp = await broadsheet(["import", "--help"]);
    expect(importHelp.stdout).toContain("--dry-run");
  });

  it("exits 2 on an unknown command or option", async () => {
    expect((await broadsheet(["frobnicate"])).code).toBe(2);
    expect((await broadsheet(["import", "--no-such-option"])).code).toBe(2);
  });

  it("imports the seed, reports the spam it removed, and changes nothing when run again", async () => {
    const out = join(temp, "articles");
    const report = join(temp, "report.json");
    const first = await broadsheet(["import", SEED, "--out", out, "--report", report, "--date", "2025-09-13"]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain("1 imported");
    expect(first.stderr).toMatch(/removed .*comment spam/);
    const json = JSON.parse(await readFile(report, "utf8")) as { removed: { text: string; reason: string }[] };
    expect(json.removed[0]!.text).toMatch(/^naturally like your web site/);
    const before = await snapshot(out);
    const second = await broadsheet(["import", SEED, "--out", out, "--report", report, "--date", "2025-09-13"]);
    expect(second.stderr).toContain("1 unchanged");
    expect(await snapshot(out)).toEqual(before);
  });

  it("leaves a raw input untouched", async () => {
    const copy = join(temp, "raw.txt");
    await cp(SEED, copy);
    const before = await readFile(copy);
    const info = await stat(copy);
    await broadsheet(["import", copy, "--out", join(temp, "raw-articles"), "--report", join(temp, "raw.json")]);
    expect(await readFile(copy)).toEqual(before);
    expect((await stat(copy)).mtimeMs).toBe(info.mtimeMs);
  });

  it("flags a date taken from the file time", async () => {
    const result = await broadsheet([
      "import",
      SEED,
      "--out",
      join(temp, "undated"),
      "--report",
      join(temp, "undated.json"),
    ]);
    expect(result.stderr).toMatch(/no date in the file: took the file time/);
    const [day] = await readdir(join(temp, "undated"), { recursive: true });
    expect(day).toMatch(/^\d{4}$/);
  });

  it("exits 1 when a file cannot be imported, and still imports the others", async () => {
    const result = await broadsheet([
      "import",
      SEED,
      join(temp, "missing.txt"),
      "--out",
      join(temp, "mixed"),
      "--report",
      join(temp, "mixed.json"),
      "--date",
      "2025-09-13",
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("1 imported");
    expect(result.stderr).toContain("missing.txt");
  });

  it("summarises JSONL from stdin to stdout, one line per article, in order", async () => {
    const text = (await readFile(SEED, "utf8")).split("\n").slice(2, 13).join("\n");
    const input = [
      JSON.stringify({ id: "a", text }),
      JSON.stringify({ id: "b", text: "One sentence here. Another one there. A third one now." }),
    ].join("\n");
    const result = await broadsheet(["summarize", "--sentences", "2"], input);
    expect(result.code).toBe(0);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: string; summary: string[] });
    expect(lines.map((line) => line.id)).toEqual(["a", "b"]);
    expect(lines[0]!.summary).toHaveLength(2);
    for (const sentence of lines[0]!.summary) expect(text).toContain(sentence);
  });
});
