// `broadsheet init`: an empty digest that builds, settings from options, and never a file overwritten.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { TEST_ROOT } from "../helpers/build-site.ts";

const exec = promisify(execFile);
const ROOT = join(TEST_ROOT, "init");
afterAll(() => rm(ROOT, { recursive: true, force: true }));

/** Runs the CLI without a terminal (stdin closed); resolves with its exit code and output. */
async function broadsheet(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = exec("node", ["bin/broadsheet.js", ...args], { maxBuffer: 16 * 1024 * 1024 });
  child.child.stdin!.end();
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("broadsheet init", () => {
  it("starts an empty digest with the given settings, which builds into a site under that title", async () => {
    const folder = join(ROOT, "given");
    const init = await broadsheet([
      "init",
      folder,
      "--title",
      "Harbour Town News",
      "--url",
      "https://news.example.org/",
      "--timezone",
      "America/New_York",
      "--language",
      "fr",
    ]);
    expect(init.code, init.stderr).toBe(0);
    const settings = JSON.parse(await readFile(join(folder, "_data", "site.json"), "utf8"));
    expect(settings).toMatchObject({
      title: "Harbour Town News",
      url: "https://news.example.org",
      timezone: "America/New_York",
      language: "fr",
    });
    const topics = JSON.parse(await readFile(join(folder, "topics.json"), "utf8"));
    expect(topics.topics).toContain("Politics");
    expect(await readdir(join(folder, "articles"))).toEqual([]);
    expect(existsSync(join(folder, "inbox"))).toBe(true);
    expect(init.stderr).toContain(`broadsheet build --content ${folder}`);

    const output = join(ROOT, "given-site");
    const build = await broadsheet(["build", "--content", folder, "--output", output]);
    expect(build.code, build.stderr).toBe(0);
    const home = await readFile(join(output, "index.html"), "utf8");
    expect(home).toContain("<title>Harbour Town News</title>");
    expect(home).toContain('<html lang="fr">');
    expect(existsSync(join(output, "pagefind"))).toBe(true);
  }, 180_000);

  it("takes the defaults for what is not given when not run in a terminal", async () => {
    const folder = join(ROOT, "defaults");
    const init = await broadsheet(["init", folder]);
    expect(init.code, init.stderr).toBe(0);
    const settings = JSON.parse(await readFile(join(folder, "_data", "site.json"), "utf8"));
    expect(settings).toMatchObject({
      title: "My digest",
      url: "http://localhost:8080",
      timezone: "UTC",
      language: "en",
    });
  });

  it("never overwrites an existing digest: names the file, exits 1 and writes nothing", async () => {
    const folder = join(ROOT, "existing");
    expect((await broadsheet(["init", folder, "--title", "First"])).code).toBe(0);
    const before = await readFile(join(folder, "_data", "site.json"), "utf8");
    const again = await broadsheet(["init", folder, "--title", "Second"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(join(folder, "_data", "site.json"));
    expect(again.stderr).toContain("nothing was written");
    expect(await readFile(join(folder, "_data", "site.json"), "utf8")).toBe(before);
  });

  it("refuses a time zone, address or language that is not one, with exit code 2, writing nothing", async () => {
    for (const [flag, value, words] of [
      ["--timezone", "Mars/Olympus", "IANA time zone"],
      ["--url", "news.example.org", "http(s) address"],
      ["--language", "english!", "language code"],
    ] as const) {
      const folder = join(ROOT, `bad-${flag.slice(2)}`);
      const result = await broadsheet(["init", folder, flag, value]);
      expect(result.code, `${flag} ${value}`).toBe(2);
      expect(result.stderr).toContain(words);
      expect(existsSync(folder), `${flag} ${value}`).toBe(false);
    }
  });
});
