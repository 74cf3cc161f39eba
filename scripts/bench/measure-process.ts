// Runs one child process for the benchmark and measures it: wall time, peak RSS of its whole process tree over time.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";

/** What one measured process did. */
export interface Measured {
  /** Epoch milliseconds when it was started and when it ended. */
  startedAt: number;
  endedAt: number;
  code: number | null;
  /** The last part of its stdout and stderr. */
  stdout: string;
  stderr: string;
  /** [epoch ms, RSS in kB of the child and all its descendants] every `intervalMs`. */
  samples: [number, number][];
  /** Largest RSS of any single process in the tree, in kB, from GNU time when installed (else the polled maximum). */
  maxRssKb: number;
  /** CPU seconds (user + system) of the process and its descendants (GNU time, or sampled when more): steadier than wall time on a busy machine. */
  cpuSeconds: number;
}

const GNU_TIME = "/usr/bin/time";
/** How often the process tree's memory is read (default: 50 ms). */
const INTERVAL_MS = 50;
/** Clock ticks a second in /proc/<pid>/stat (USER_HZ: 100 on Linux). */
const CLOCK_TICKS = 100;

function readRssKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/** CPU seconds (user + system) `pid` has used so far, from /proc/<pid>/stat; 0 when it is gone. */
function readCpuSeconds(pid: number): number {
  try {
    // The command name (field 2) may hold spaces: count fields from the closing bracket.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/**
 * RSS of `pid` and every descendant (Pagefind runs as a child process of the build), the largest one, and the
 * CPU each has used so far (GNU time misses a child that its parent does not wait for, as Pagefind's service).
 */
function sampleTree(pid: number, cpuByPid: Map<number, number>): { total: number; largest: number } {
  let total = 0;
  let largest = 0;
  const queue = [pid];
  while (queue.length) {
    const next = queue.pop()!;
    const rss = readRssKb(next);
    total += rss;
    largest = Math.max(largest, rss);
    cpuByPid.set(next, Math.max(cpuByPid.get(next) ?? 0, readCpuSeconds(next)));
    queue.push(...childrenOf(next));
  }
  return { total, largest };
}

const tail = (text: string) => text.slice(-4000);

/** Runs `command args` to its end, sampling the memory of its process tree. Never throws for a failing child. */
export async function measureProcess(
  command: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<Measured> {
  const useTime = existsSync(GNU_TIME);
  const timeFile = `/tmp/broadsheet-bench-time-${process.pid}-${Date.now()}.txt`;
  const [file, argv] = useTime ? [GNU_TIME, ["-f", "%M %U %S", "-o", timeFile, command, ...args]] : [command, args];
  const startedAt = Date.now();
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout = tail(stdout + chunk.toString())));
  child.stderr.on("data", (chunk: Buffer) => (stderr = tail(stderr + chunk.toString())));
  const samples: [number, number][] = [];
  let polledLargest = 0;
  const cpuByPid = new Map<number, number>();
  const poll = () => {
    if (!child.pid) return;
    const { total, largest } = sampleTree(child.pid, cpuByPid);
    polledLargest = Math.max(polledLargest, largest);
    if (total > 0) samples.push([Date.now(), total]);
  };
  const timer = setInterval(poll, INTERVAL_MS);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearInterval(timer);
  const endedAt = Date.now();
  let maxRssKb = polledLargest;
  let cpuSeconds = 0;
  if (useTime && existsSync(timeFile)) {
    // GNU time writes "Command exited with non-zero status N" first when the child fails; the figures are last.
    const [rss, user, system] = (readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? "").split(" ").map(Number);
    if (Number.isFinite(rss)) maxRssKb = Math.max(maxRssKb, rss!);
    if (Number.isFinite(user) && Number.isFinite(system)) cpuSeconds = user! + system!;
    await rm(timeFile, { force: true });
  }
  // Sampled CPU misses at most the last interval of each process but sees children nobody waited for.
  cpuSeconds = Math.max(
    cpuSeconds,
    [...cpuByPid.values()].reduce((sum, value) => sum + value, 0),
  );
  return { startedAt, endedAt, code, stdout, stderr, samples, maxRssKb, cpuSeconds };
}

/** The highest tree RSS sampled between `from` and `to` (epoch ms), in kB; the whole run when not given. */
export function peakRssKb(measured: Measured, from = 0, to = Infinity): number {
  let peak = 0;
  for (const [at, rss] of measured.samples) if (at >= from && at <= to + INTERVAL_MS) peak = Math.max(peak, rss);
  return peak;
}
