// A lock file with the holder's pid: two runs on the same folder wait their turn; a dead holder's lock is taken over.
import { mkdir, open, readFile, rm, stat } from "node:fs/promises";
import { unlinkSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { BroadsheetError } from "../errors.ts";
import { hashText } from "./hash.ts";
import { isRunning } from "./is-running.ts";

/** The lock is held by a live process and did not come free in time. */
export class LockError extends BroadsheetError {}

/** What a lock file holds: who has it, since when, for what. */
interface LockOwner {
  pid: number;
  started: string;
  purpose: string;
}

/** Options of `acquireLock`. */
export interface LockOptions {
  /** What the lock is for, shown to whoever waits ("build into _site"). */
  purpose: string;
  /** How long to wait for a live holder, in ms (default: $BROADSHEET_LOCK_WAIT seconds, else 300 s). */
  waitMs?: number;
  /** Called once when the lock is busy and the wait begins (default: a line on stderr). */
  onWait?: (owner: LockOwner) => void;
}

/** The lock file that guards `folder` for `kind` ("build", "import"): one per folder, under .cache/locks. */
export function lockPathFor(kind: string, folder: string): string {
  const absolute = resolve(folder);
  return join(
    ".cache",
    "locks",
    `${kind}-${basename(absolute).replace(/[^\w.-]/g, "_")}-${hashText(absolute, 10)}.lock`,
  );
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readFile(path, "utf8")) as LockOwner;
    return Number.isInteger(owner.pid) ? owner : undefined;
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Locks held by this process, released on exit even when the run ends by an uncaught error. */
const held = new Set<string>();
let exitHook = false;

/**
 * Takes the lock at `path`, waiting while a live process holds it; a lock whose process is gone (killed,
 * crashed) is taken over. Resolves to a release function; throws a LockError when the wait runs out.
 */
export async function acquireLock(path: string, options: LockOptions): Promise<() => Promise<void>> {
  const waitMs = options.waitMs ?? Number(process.env["BROADSHEET_LOCK_WAIT"] ?? 300) * 1000;
  const deadline = Date.now() + waitMs;
  const me: LockOwner = { pid: process.pid, started: new Date().toISOString(), purpose: options.purpose };
  const text = `${JSON.stringify(me)}\n`;
  await mkdir(dirname(path), { recursive: true });
  let told = false;
  for (;;) {
    try {
      // "wx": created only if absent, so of two runs exactly one creates it.
      const handle = await open(path, "wx");
      try {
        await handle.writeFile(text);
      } finally {
        await handle.close();
      }
      // Two runs that took over the same stale lock at once: the one whose pid the file holds now has it.
      await sleep(20);
      if ((await readOwner(path))?.pid === process.pid && (await readFile(path, "utf8")) === text) break;
      continue;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = await readOwner(path);
    if (!owner) {
      // Empty or unreadable: a holder killed between creating and writing it; give a live writer a moment first.
      const age = Date.now() - ((await stat(path).catch(() => undefined))?.mtimeMs ?? 0);
      if (age > 2000) await rm(path, { force: true });
      else await sleep(100);
      continue;
    }
    if (owner.pid !== process.pid && !isRunning(owner.pid)) {
      await rm(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new LockError(
        `another run (pid ${owner.pid}, ${owner.purpose}, since ${owner.started}) is still at work; try again when it has finished, ` +
          `or delete the lock file if no such process is running`,
        { path },
      );
    }
    if (!told) {
      told = true;
      (options.onWait ?? ((o) => console.error(`Waiting for another run (pid ${o.pid}, ${o.purpose}) to finish…`)))(
        owner,
      );
    }
    await sleep(150);
  }
  held.add(path);
  if (!exitHook) {
    exitHook = true;
    process.on("exit", () => {
      for (const lock of held) releaseSync(lock);
    });
  }
  return async () => {
    held.delete(path);
    releaseSync(path);
  };
}

/** Removes the lock at `path` if this process still holds it. */
function releaseSync(path: string): void {
  try {
    const owner = JSON.parse(readFileSync(path, "utf8")) as LockOwner;
    if (owner.pid === process.pid) unlinkSync(path);
  } catch {
    // Gone already, or never ours.
  }
}

/** Runs `work` holding the lock of `kind` on `folder`, and releases it however `work` ends. */
export async function withFolderLock<T>(
  kind: string,
  folder: string,
  options: Omit<LockOptions, "purpose"> & { purpose?: string },
  work: () => Promise<T>,
): Promise<T> {
  const release = await acquireLock(lockPathFor(kind, folder), { purpose: `${kind} into ${folder}`, ...options });
  try {
    return await work();
  } finally {
    await release();
  }
}
