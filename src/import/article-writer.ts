// Writes the planned articles behind the reading: a bounded number at once, a failure marked on its report entry.
import { rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { writeAtomic } from "../util/write-atomic.ts";
import type { ExistingArticles } from "./find-existing.ts";
import type { FileState } from "./import-manifest.ts";
import type { ReportEntry } from "./import-report.ts";
import type { PlannedWrite } from "./plan-article.ts";

/** Writes in flight at most, so a folder of thousands never runs out of file handles (default: 32). */
const IN_FLIGHT = 32;

/** The writes of one import run into `articlesDir`. */
export class ArticleWriter {
  private readonly writes: Promise<void>[] = [];
  /** The size and time of each article written, as written (by its path in the articles folder), for the manifest. */
  readonly states = new Map<string, FileState>();

  /** @param folder the folder's listing, told of every file written or removed (once it has been read) */
  constructor(
    private readonly articlesDir: string,
    private readonly folder: () => ExistingArticles | undefined,
  ) {}

  /** Starts `write`; when it fails, `entry` says so (outcome failed, with why). Waits when too many are in flight. */
  async add(write: PlannedWrite, entry: ReportEntry): Promise<void> {
    this.writes.push(
      this.run(write).catch((error: unknown) => {
        Object.assign(entry, {
          outcome: "failed",
          message: `${entry.input}: could not write ${entry.article}: ${(error as Error).message}`,
        });
      }),
    );
    if (this.writes.length >= IN_FLIGHT) await this.finish();
  }

  /** Waits for every write started. */
  async finish(): Promise<void> {
    await Promise.all(this.writes.splice(0));
  }

  private async run({ relativePath, text, removes }: PlannedWrite): Promise<void> {
    await writeAtomic(join(this.articlesDir, relativePath), text);
    const info = await stat(join(this.articlesDir, relativePath)).catch(() => undefined);
    if (info) this.states.set(relativePath, { size: info.size, mtimeMs: info.mtimeMs });
    else this.states.delete(relativePath);
    this.folder()?.wrote(relativePath, text, info);
    // The story moved (its date or title changed): the old file is ours and unedited, so it goes.
    if (removes) {
      await rm(join(this.articlesDir, removes), { force: true });
      this.states.delete(removes);
      this.folder()?.removed(removes);
    }
  }
}
