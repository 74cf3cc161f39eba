// Turns the paths a user gives into the list of files to import: folders are walked, hidden files skipped.
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/**
 * Every file under `paths`, sorted so runs are reproducible; missing paths are returned as problems, and so is
 * anything inside a folder that cannot be read (a broken link, a folder without permission), by its own path.
 */
export async function collectInputs(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const missing: string[] = [];
  /** The files under a folder, in name order; sibling entries are listed in parallel. */
  async function walkFolder(folder: string): Promise<string[]> {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => undefined);
    if (!entries) {
      missing.push(folder);
      return [];
    }
    // Hidden files are editor swap files, .DS_Store and the like, not articles.
    const shown = entries
      .filter((entry) => !entry.name.startsWith("."))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const lists = await Promise.all(shown.map((entry) => walkEntry(join(folder, entry.name), entry)));
    return lists.flat();
  }
  /** A file, or the files under a folder; a link is followed (a folder's listing says only that it is a link). */
  async function walkEntry(path: string, entry?: Dirent): Promise<string[]> {
    if (entry?.isFile()) return [path];
    if (entry?.isDirectory()) return walkFolder(path);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) return walkFolder(path);
    if (info?.isFile()) return [path];
    if (!info) missing.push(path);
    return [];
  }
  const files: string[] = [];
  for (const path of paths) files.push(...(await walkEntry(path)));
  return { files, missing };
}
