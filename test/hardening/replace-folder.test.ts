// A build's new site replaces the old one whole, and the old one is removed in a process of its own after the swap.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { replaceFolder } from "../../src/util/replace-folder.ts";
import { TEST_ROOT } from "../helpers/build-site.ts";
import { waitFor } from "../helpers/wait-for.ts";

const base = join(TEST_ROOT, "replace-folder");
afterAll(() => rm(base, { recursive: true, force: true }));

describe("replaceFolder", () => {
  it("puts the new folder in place and leaves no old one behind once the background removal is done", async () => {
    const site = join(base, "site");
    for (let day = 0; day < 20; day++) {
      const folder = join(site, "2025", String(day).padStart(2, "0"));
      await mkdir(folder, { recursive: true });
      await Promise.all(
        Array.from({ length: 50 }, (_, n) => writeFile(join(folder, `story-${n}.html`), `<p>Old story ${n}</p>`)),
      );
    }
    await replaceFolder(site, async (building) => {
      await mkdir(building, { recursive: true });
      await writeFile(join(building, "index.html"), "<p>New site</p>");
    });
    expect(await readdir(site)).toEqual(["index.html"]);
    expect(await readFile(join(site, "index.html"), "utf8")).toBe("<p>New site</p>");
    const siblings = async () => (await readdir(base)).filter((entry) => entry !== "site");
    expect(await waitFor(async () => (await siblings()).length === 0, 30_000), (await siblings()).join(", ")).toBe(
      true,
    );
  });
});
