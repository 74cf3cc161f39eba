// A folder brought to hold given hard links and nothing else, changing only what differs (the spare a build starts from).
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mirrorLinks } from "../../src/util/mirror-links.ts";
import { TEST_ROOT } from "../helpers/build-site.ts";

const base = join(TEST_ROOT, "mirror-links");
afterAll(() => rmSync(base, { recursive: true, force: true }));

const write = (path: string, text: string) => {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, text);
};

describe("mirrorLinks", () => {
  it("keeps the right links, replaces the wrong ones, removes the rest and the folders they emptied, links what is missing", () => {
    const source = join(base, "source");
    const folder = join(base, "site");
    for (const name of ["a", "b", "f"]) write(join(source, name, "index.html"), `new ${name}`);
    mkdirSync(join(folder, "a"), { recursive: true });
    linkSync(join(source, "a", "index.html"), join(folder, "a", "index.html"));
    write(join(folder, "b", "index.html"), "old b");
    write(join(folder, "c", "index.html"), "old c, its folder about to be drawn again");
    write(join(folder, "d", "e", "index.html"), "old e, a removed page");
    write(join(folder, "notes.txt"), "not a page");
    const inode = (path: string) => statSync(path).ino;
    const linkedA = inode(join(folder, "a", "index.html"));

    mirrorLinks(
      folder,
      new Map(["a", "b", "f"].map((name) => [join(name, "index.html"), join(source, name, "index.html")])),
      (path) => path.endsWith("index.html"),
      (path) => path === "c",
    );

    expect(inode(join(folder, "a", "index.html"))).toBe(linkedA);
    for (const name of ["a", "b", "f"]) {
      expect(inode(join(folder, name, "index.html"))).toBe(inode(join(source, name, "index.html")));
      expect(readFileSync(join(folder, name, "index.html"), "utf8")).toBe(`new ${name}`);
    }
    expect(readdirSync(join(folder, "c"))).toEqual([]);
    expect(existsSync(join(folder, "d"))).toBe(false);
    // Outside what `among` takes: left alone.
    expect(readFileSync(join(folder, "notes.txt"), "utf8")).toBe("not a page");
    // The source's files were never written through the links.
    expect(readFileSync(join(source, "b", "index.html"), "utf8")).toBe("new b");
  });
});
