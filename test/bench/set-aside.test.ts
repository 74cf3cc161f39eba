// The bench moves its last run's output aside before a timed build and deletes it only when told to.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SetAside } from "../../scripts/bench/set-aside.ts";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function scratch(): string {
  const root = mkdtempSync(path.join(tmpdir(), "set-aside-"));
  roots.push(root);
  return root;
}

describe("SetAside", () => {
  it("moves a folder out of the way with its files, and deletes them only when emptied", async () => {
    const root = scratch();
    const site = path.join(root, "site");
    mkdirSync(path.join(site, "2025", "01"), { recursive: true });
    writeFileSync(path.join(site, "2025", "01", "index.html"), "<p>old page</p>");
    const trash = path.join(root, "trash");
    const aside = new SetAside(trash);

    await aside.move(site);
    expect(existsSync(site)).toBe(false);
    const [moved] = readdirSync(trash);
    expect(readFileSync(path.join(trash, moved!, "2025", "01", "index.html"), "utf8")).toBe("<p>old page</p>");

    await aside.empty();
    expect(existsSync(trash)).toBe(false);
  });

  it("keeps two folders of the same name apart, and passes over one that is not there", async () => {
    const root = scratch();
    const aside = new SetAside(path.join(root, "trash"));
    for (const text of ["first", "second"]) {
      mkdirSync(path.join(root, "site"));
      writeFileSync(path.join(root, "site", "page.html"), text);
      await aside.move(path.join(root, "site"));
    }
    await aside.move(path.join(root, "never-made"));
    const kept = readdirSync(path.join(root, "trash")).map((name) =>
      readFileSync(path.join(root, "trash", name, "page.html"), "utf8"),
    );
    expect(kept.sort()).toEqual(["first", "second"]);
  });
});
