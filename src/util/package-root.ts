// The folder of Broadsheet's own package (its layouts/, package.json), found from this file in the sources or in dist/.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/**
 * The nearest folder above this file that holds a package.json: the repository when run from src/, the installed
 * package when run from dist/ (dist/ has no package.json of its own). Not the working directory, which in a host
 * site is the host's project.
 */
export function packageRoot(): string {
  if (root) return root;
  let folder = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(folder, "package.json"))) {
    const parent = dirname(folder);
    if (parent === folder)
      throw new Error(`Broadsheet's package.json was not found above ${fileURLToPath(import.meta.url)}`);
    folder = parent;
  }
  return (root = folder);
}

/** A path inside Broadsheet's package, e.g. `packagePath("layouts", "feeds", "atom.njk")`. */
export function packagePath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
