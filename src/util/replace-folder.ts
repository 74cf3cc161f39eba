// Builds a folder beside its old self and swaps it in at the end: a killed build never leaves half a site.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { constants, setPriority } from "node:os";
import { basename, dirname, join } from "node:path";
import { isRunning } from "./is-running.ts";

/** The hidden siblings of `folder` that a build works in: `.<name>.building-<pid>-<hex>` and `.<name>.old-<pid>-<hex>`. */
const SIBLING = (name: string) =>
  new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(building|old)-(\\d+)-[0-9a-f]+$`);

/**
 * Clears what earlier builds left beside `folder`: if a run was killed between its two renames (the old site moved
 * aside, the new one not yet in), the old site is put back; any other sibling of a build no longer running (half
 * built, or an old site whose removal in the background may still be going on) is removed in the background too,
 * so that the build never waits for tens of thousands of files to be deleted.
 */
export async function cleanUpAfterKilledBuilds(folder: string): Promise<void> {
  const parent = dirname(folder);
  const pattern = SIBLING(basename(folder));
  const stale = (await readdir(parent).catch(() => [] as string[]))
    .map((entry) => ({ entry, match: pattern.exec(entry) }))
    .filter(({ match }) => match && !isRunning(Number(match[2])));
  for (const { entry, match } of stale) {
    if (match![1] === "old" && !existsSync(folder)) await rename(join(parent, entry), folder);
    else await removeInBackground(join(parent, entry));
  }
}

/** The folder that `folder` will replace when it is a build's hidden sibling (see replaceFolder), else `folder` itself. */
export function finalFolderOf(folder: string): string {
  const match = /^\.(.+)\.building-\d+-[0-9a-f]+$/.exec(basename(folder));
  return match ? join(dirname(folder), match[1]!) : folder;
}

/**
 * Removes `folder` in a process of its own that outlives this one, at the lowest priority: an old site of tens of
 * thousands of files takes seconds to delete, and nobody needs to wait for it. If that process cannot start, the
 * folder is removed here. A folder left half-removed (the machine stopped) is a stale sibling the next build clears.
 */
async function removeInBackground(folder: string): Promise<void> {
  try {
    const child = spawn(
      process.execPath,
      ["-e", 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', folder],
      { detached: true, stdio: "ignore" },
    );
    await once(child, "spawn");
    child.unref();
    try {
      setPriority(child.pid!, constants.priority.PRIORITY_LOW);
    } catch {
      // Not allowed here: it runs at this process's priority.
    }
  } catch {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The hidden sibling where an old site is kept for the next build to start from (see replaceFolder's `spare`). */
export const spareFolderOf = (folder: string): string => join(dirname(folder), `.${basename(folder)}.spare`);

/**
 * Runs `build` on a hidden sibling of `folder`, then swaps it in with two renames; the old `folder` stays whole
 * until then. If `build` throws, its half-made folder is removed and `folder` is left as it was. The sibling is a
 * fresh one, and the old `folder` is removed in the background after the swap; with `spare`, the old `folder` is
 * kept beside it instead (`spareFolderOf`) and handed to the next build as its sibling, with the files it had, for
 * that build to bring up to date rather than make every file again.
 */
export async function replaceFolder(
  folder: string,
  build: (temporary: string) => Promise<void>,
  { spare = false } = {},
): Promise<void> {
  await cleanUpAfterKilledBuilds(folder);
  const parent = dirname(folder);
  const tag = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const building = join(parent, `.${basename(folder)}.building-${tag}`);
  const old = join(parent, `.${basename(folder)}.old-${tag}`);
  const kept = spareFolderOf(folder);
  if (existsSync(kept)) {
    // Renamed, so that a build killed with it is a stale sibling that the next build removes.
    if (spare) await rename(kept, building).catch(() => undefined);
    else await removeInBackground(kept);
  }
  try {
    await build(building);
  } catch (error) {
    await rm(building, { recursive: true, force: true });
    throw error;
  }
  if (!existsSync(building)) await mkdir(building, { recursive: true });
  // Between these two renames `folder` is briefly absent; a run killed there is repaired by the next one.
  const hadOld = existsSync(folder);
  if (hadOld) await rename(folder, old);
  await rename(building, folder);
  if (!hadOld) return;
  if (spare) await rename(old, kept);
  else await removeInBackground(old);
}
