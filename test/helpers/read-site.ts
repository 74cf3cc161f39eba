// Reads a built site: every file under it, and the seed article's page.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

/** Every file path under `root`, relative to it. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1));
}

/** The path (relative to the site) of the seed article's page: the Khawaja Asif story. */
export async function seedPagePath(root: string): Promise<string> {
  const pages = (await listFiles(root)).filter(
    (file) => file.includes("kh-asif-stresses-pakistan") && file.endsWith("index.html"),
  );
  if (pages.length !== 1) throw new Error(`expected one seed page in ${root}, found ${pages.length}`);
  return pages[0]!;
}

/** The text of a file of the site. */
export function readPage(root: string, path: string): Promise<string> {
  return readFile(join(root, path), "utf8");
}
