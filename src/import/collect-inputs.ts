// Turns the paths a user gives into the list of files to import: folders are walked, hidden files skipped.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/** Every file under `paths`, sorted so runs are reproducible; missing paths are returned as problems. */
export async function collectInputs(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  async function walk(path: string): Promise<void> {
    const info = await stat(path);
    if (info.isDirectory()) {
      const entries = await readdir(path);
      for (const entry of entries.sort()) {
        // Hidden files are editor swap files, .DS_Store and the like, not articles.
        if (!entry.startsWith(".")) await walk(join(path, entry));
      }
    } else if (info.isFile()) {
      files.push(path);
    }
  }
  for (const path of paths) {
    try {
      await walk(path);
    } catch {
      missing.push(path);
    }
  }
  return { files, missing };
}
