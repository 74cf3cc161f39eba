// A build's new site replaces the old one whole, and the old one is removed in a process of its own after the swap.
import { spawnSync } from "node:child_process";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cleanUpAfterKilledBuilds, replaceFolder } from "../../src/util/replace-folder.ts";
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

  it("with a spare, keeps the old site beside the new one and hands it to the next build as its folder", async () => {
    const root = join(base, "spare");
    const site = join(root, "site");
    const draw = (text: string) => async (building: string) => {
      await mkdir(building, { recursive: true });
      const before = await readFile(join(building, "index.html"), "utf8").catch(() => "none");
      await writeFile(join(building, "index.html"), text);
      await writeFile(join(building, "seen.txt"), before);
    };
    await replaceFolder(site, draw("<p>First</p>"), { spare: true });
    await replaceFolder(site, draw("<p>Second</p>"), { spare: true });
    expect(await readFile(join(root, ".site.spare", "index.html"), "utf8")).toBe("<p>First</p>");
    await replaceFolder(site, draw("<p>Third</p>"), { spare: true });
    // The third build started from the first's site; the second's is now the spare.
    expect(await readFile(join(site, "seen.txt"), "utf8")).toBe("<p>First</p>");
    expect(await readFile(join(site, "index.html"), "utf8")).toBe("<p>Third</p>");
    expect(await readFile(join(root, ".site.spare", "index.html"), "utf8")).toBe("<p>Second</p>");
    expect((await readdir(root)).sort()).toEqual([".site.spare", "site"]);
    // Without a spare, a build starts from nothing and the spare left by others goes.
    await replaceFolder(site, draw("<p>Fourth</p>"));
    expect(await readFile(join(site, "seen.txt"), "utf8")).toBe("none");
    const siblings = async () => (await readdir(root)).filter((entry) => entry !== "site");
    expect(await waitFor(async () => (await siblings()).length === 0, 30_000), (await siblings()).join(", ")).toBe(
      true,
    );
  });

  it("clears what builds no longer running left beside the site, and puts back an old site a killed swap moved aside", async () => {
    const root = join(base, "leftovers");
    // A process that has ended: its pid names the leftovers of a build that is not running.
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]).stdout.toString();
    const write = async (folder: string, text: string) => {
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, "index.html"), text);
    };
    await write(join(root, "site"), "<p>Current site</p>");
    await write(join(root, `.site.building-${gone}-aa11`), "<p>Half built</p>");
    await write(join(root, `.site.old-${gone}-bb22`), "<p>Old site being removed</p>");
    await write(join(root, `.site.building-${process.pid}-cc33`), "<p>A build still running</p>");
    await cleanUpAfterKilledBuilds(join(root, "site"));
    const left = async () => (await readdir(root)).sort();
    await waitFor(async () => (await left()).length === 2, 30_000);
    expect(await left()).toEqual([`.site.building-${process.pid}-cc33`, "site"]);
    expect(await readFile(join(root, "site", "index.html"), "utf8")).toBe("<p>Current site</p>");

    await rm(join(root, "site"), { recursive: true });
    await write(join(root, `.site.old-${gone}-dd44`), "<p>Moved aside</p>");
    await cleanUpAfterKilledBuilds(join(root, "site"));
    expect(await readFile(join(root, "site", "index.html"), "utf8")).toBe("<p>Moved aside</p>");
  });
});
