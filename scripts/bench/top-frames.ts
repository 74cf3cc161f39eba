// Summarises a V8 .cpuprofile (node --cpu-prof): the functions with the most self time and the most total time.
// Usage: node --import tsx scripts/bench/top-frames.ts <file.cpuprofile> [count (default: 25)]
// A build's main thread: node --cpu-prof --cpu-prof-dir=<dir> --max-old-space-size=8000 bin/broadsheet.js build …
// (with a heap size chosen, the command runs in that Node instead of starting another without the profiler).
import { readFileSync } from "node:fs";
import path from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** "name file:line", with the path cut to the project or the package. */
function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url
    .replace(/^file:\/\//, "")
    .replace(/^.*node_modules\//, "")
    .replace(`${process.cwd()}${path.sep}`, "");
  return `${functionName || "(anonymous)"} ${file ? `${file}:${lineNumber + 1}` : ""}`.trim();
}

/** The part of the program a frame belongs to: garbage collection, Eleventy, a template or Markdown engine, ours, file I/O… */
export function partOf(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  if (functionName === "(garbage collector)") return "garbage collection";
  if (functionName === "(idle)") return "idle (waiting)";
  if (functionName === "(program)") return "V8 itself (compiling and the like)";
  // Eleventy with the packages it reads templates and front matter with.
  if (
    /node_modules\/(@11ty\/|dependency-graph|gray-matter|js-yaml|section-matter|posthtml|fast-glob|micromatch|picomatch|normalize-path|is-glob|bcp-47|iso-639-1|slugify|@sindresorhus)/.test(
      url,
    )
  )
    return "Eleventy";
  if (/node_modules\/(nunjucks|asap)\//.test(url)) return "Nunjucks";
  if (/node_modules\/(markdown-it|linkify-it|mdurl|uc\.micro|punycode)/.test(url)) return "markdown-it";
  if (/node_modules\/wink-/.test(url)) return "wink-nlp";
  if (/node_modules\//.test(url)) return `other packages`;
  if (url.startsWith("file://") && !url.includes("node_modules")) return "Broadsheet's own code";
  const fileCall =
    /^(read|write|open|close|stat|fstat|lstat|mkdir|existsSync|writeFileUtf8|readFileUtf8|openFileHandle|writeString|writeBuffer|rename|access|realpath|readdir)$/;
  if (/^node:(fs|internal\/fs)/.test(url) || (!url && fileCall.test(functionName))) return "file system";
  return "Node and V8 built-ins";
}

/** Self milliseconds by part of the program (partOf). */
export function timeByPart(profile: Profile): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parts = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const part = partOf(byId.get(id)!);
    parts.set(part, (parts.get(part) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return parts;
}

/** Self and total milliseconds by frame name; total counts a frame once per sample even when it recurses. */
export function topFrames(profile: Profile): {
  self: Map<string, number>;
  total: Map<string, number>;
  totalMs: number;
} {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    totalMs += ms;
    const leaf = byId.get(id)!;
    self.set(frameName(leaf), (self.get(frameName(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = frameName(byId.get(at)!);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  });
  return { self, total, totalMs };
}

const [file, countText] = process.argv.slice(2);
if (file) {
  const count = Number(countText ?? 25);
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  const { self, total, totalMs } = topFrames(profile);
  const show = (title: string, map: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [name, ms] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, count)) {
      console.log(`${(ms / 1000).toFixed(2).padStart(8)} s ${((100 * ms) / totalMs).toFixed(1).padStart(5)}%  ${name}`);
    }
  };
  console.log(`${file}: ${(totalMs / 1000).toFixed(1)} s sampled`);
  show("Self time by part", timeByPart(profile));
  show("Self time", self);
  show("Total time (inclusive)", total);
}
