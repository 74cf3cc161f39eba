// Skipping a build with nothing changed: the fingerprint moves with every input the build reads, and only with those.
import { mkdir, rm, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fingerprintBuild, forgetBuild, isUpToDate, recordBuild } from "../../src/cli/build-fingerprint.ts";

// Inside the project, as real content folders are.
const root = join(".cache", "tests", `fingerprint-${process.pid}`);
const content = join(root, "content");
const output = join(root, "site");
afterAll(() => rm(root, { recursive: true, force: true }));

async function setUp(): Promise<void> {
  await mkdir(join(content, "articles"), { recursive: true });
  await mkdir(join(content, "inbox"), { recursive: true });
  await writeFile(join(content, "articles", "a.md"), "---\ntitle: A\n---\n\nText.\n");
}

describe("the build fingerprint", () => {
  it("stays the same when nothing changed and moves when an article is edited or added", async () => {
    await setUp();
    const inputs = { content, output, pathPrefix: "/" };
    const first = await fingerprintBuild(inputs);
    expect(await fingerprintBuild(inputs)).toBe(first);
    await utimes(join(content, "articles", "a.md"), new Date(), new Date(Date.now() + 5000));
    const edited = await fingerprintBuild(inputs);
    expect(edited).not.toBe(first);
    await writeFile(join(content, "articles", "b.md"), "---\ntitle: B\n---\n\nMore.\n");
    expect(await fingerprintBuild(inputs)).not.toBe(edited);
  });

  it("ignores the inbox, which the build does not read, and counts the build's options", async () => {
    await setUp();
    const inputs = { content, output, pathPrefix: "/" };
    const before = await fingerprintBuild(inputs);
    await writeFile(join(content, "inbox", "new.txt"), "Title: New\n\nA story.\n");
    expect(await fingerprintBuild(inputs)).toBe(before);
    expect(await fingerprintBuild({ ...inputs, pathPrefix: "/digest/" })).not.toBe(before);
  });

  it("calls a build up to date only when it was recorded and its pages and index are still there", async () => {
    await setUp();
    const fingerprint = await fingerprintBuild({ content, output, pathPrefix: "/" });
    await recordBuild(output, fingerprint);
    expect(await isUpToDate(output, fingerprint)).toBe(false);
    await mkdir(join(output, "pagefind"), { recursive: true });
    await writeFile(join(output, "index.html"), "<!doctype html>");
    expect(await isUpToDate(output, fingerprint)).toBe(true);
    expect(await isUpToDate(output, "another")).toBe(false);
    await forgetBuild(output);
    expect(await isUpToDate(output, fingerprint)).toBe(false);
  });
});
