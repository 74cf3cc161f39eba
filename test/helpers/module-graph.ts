// The graph of relative imports between the files of src/: who imports whom, its cycles, and imports against the layers.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

/** Each file (relative to the root, with "/") and the files it imports: static, type-only, re-exports, import() and worker URLs. */
export type ModuleGraph = Map<string, string[]>;

/** Every .ts file below `dir`. */
function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listTs(path) : entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The relative module names a file's text imports, as TypeScript reads them, and those of `new URL("./x.ts", import.meta.url)`. */
export function importedNames(text: string): string[] {
  const names = ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
  for (const match of text.matchAll(/new URL\(\s*["'](\.{1,2}\/[^"']+)["']\s*,\s*import\.meta\.url/g))
    names.push(match[1]!);
  return names.filter((name) => name.startsWith("./") || name.startsWith("../"));
}

/** The import graph of the .ts files below `root`/`dir` (default: src). */
export function readModuleGraph(root: string, dir = "src"): ModuleGraph {
  const graph: ModuleGraph = new Map();
  for (const file of listTs(join(root, dir))) {
    const from = relative(root, file).split("\\").join("/");
    const targets = importedNames(readFileSync(file, "utf8")).map((name) => {
      const target = resolve(dirname(file), name.replace(/\.js$/, ".ts"));
      if (!existsSync(target)) throw new Error(`${from} imports ${name}, which is not a file`);
      return relative(root, target).split("\\").join("/");
    });
    // A URL of a folder outside src/ (the project's root, to find its files) is no module.
    graph.set(
      from,
      [...new Set(targets)].filter((target) => target.startsWith(`${dir}/`) && target.endsWith(".ts")),
    );
  }
  return graph;
}

/** The cycles of the graph: each strongly connected component of two or more files, or a file importing itself (Tarjan). */
export function findCycles(graph: ModuleGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || graph.get(file)?.includes(file)) cycles.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

/** The layer of a file of src/: its folder below src/ ("render"), or its name for a file at the top ("pipeline"). */
export function layerOf(file: string): string {
  const parts = file.split("/");
  return parts.length > 2 ? parts[1]! : parts[1]!.replace(/\.ts$/, "");
}

/** Each import that crosses from one layer into another the table does not allow it to use, as "from -> to". */
export function forbiddenImports(graph: ModuleGraph, allowed: Record<string, string[]>): string[] {
  const found: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const [a, b] = [layerOf(from), layerOf(to)];
      if (a !== b && !(allowed[a] ?? []).includes(b)) found.push(`${from} -> ${to} (${a} may not use ${b})`);
    }
  }
  return found;
}
