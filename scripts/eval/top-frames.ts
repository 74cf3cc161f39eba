// Summarises a V8 .cpuprofile (node --cpu-prof): the functions with the most self time.
// Usage: node --import tsx scripts/eval/top-frames.ts <file.cpuprofile> [count (default: 25)]
import { readFileSync } from "node:fs";

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

const [file, countText] = process.argv.slice(2);
if (!file) throw new Error("usage: top-frames.ts <file.cpuprofile> [count]");
// --cpu-prof under tsx writes a second profile for the loader's thread: a shell glob passes both, and
// the second name would be taken for the count (slice(0, NaN) printed nothing).
if (countText !== undefined && !/^\d+$/.test(countText)) throw new Error(`top-frames.ts: "${countText}" is no count; pass one profile (the main thread's is *.0.001.cpuprofile)`);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
const self = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  const frame = byId.get(id)!;
  // Package frames are named by package and file, project frames by their path in the repo.
  const where = frame.url.replace(/^file:\/\//, "").replace(/^.*node_modules\//, "").replace(`${process.cwd()}/`, "");
  const name = `${frame.functionName || "(anonymous)"} ${where ? `${where}:${frame.lineNumber + 1}` : ""}`.trim();
  self.set(name, (self.get(name) ?? 0) + ms);
  total += ms;
});
console.log(`${file}: ${(total / 1000).toFixed(1)} s sampled; self time:`);
for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(countText ?? 25))) {
  console.log(`${(ms / 1000).toFixed(2).padStart(7)} s ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`);
}
