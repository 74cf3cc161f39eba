// What every story's page depends on besides its story: the code, the layouts, the settings and the build's options.
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { hashText } from "../util/hash.ts";

/** The project's files that draw pages (default list): a change to any of them may change every page. */
const DRAWING_FILES = ["src", "layouts", "eleventy.config.ts", "package-lock.json"];
/** This project's folder, found from this file, so that a build run from elsewhere hashes the same files. */
const PROJECT = fileURLToPath(new URL("../../", import.meta.url));

async function filesUnder(path: string): Promise<string[]> {
  try {
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  } catch {
    // A single file, or none: both count (a missing file is a state too).
    return [path];
  }
}

/**
 * A hash of everything a story's page shows that is not its own (see storyPageHashes): the project's drawing code
 * and layouts by their text, and `options` (settings, path prefix, drafts) as given, with Node's version (dates
 * are formatted by its ICU).
 */
export async function renderKey(options: Record<string, unknown>): Promise<string> {
  const files = (await Promise.all(DRAWING_FILES.map((name) => filesUnder(join(PROJECT, name))))).flat().sort();
  const texts = await Promise.all(
    files.map(
      async (file) => `${relative(PROJECT, file)}\0${hashText(await readFile(file, "utf8").catch(() => "missing"))}`,
    ),
  );
  return hashText(JSON.stringify({ options, node: process.version, files: texts }));
}
