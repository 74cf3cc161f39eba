// Writes the planned articles of an import as they are planned, a failure marked on its report entry.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { statOrUndefined } from "../util/stat-or-undefined.ts";
import { writeAtomicSync } from "../util/write-atomic.ts";
import type { ExistingArticles } from "./find-existing.ts";
import type { FileState } from "./import-manifest.ts";
import type { ReportEntry } from "./import-report.ts";
import type { PlannedWrite } from "./plan-article.ts";

/**
 * The writes of one import run into `articlesDir`, each done at once with synchronous calls: for thousands of small
 * files, Node's promises cost several times the writing, and they took the main thread's time from planning while
 * the worker threads that read the inputs waited for it.
 */
export class ArticleWriter {
  /** The size and time of each article written, as written (by its path in the articles folder), for the manifest. */
  readonly states = new Map<string, FileState>();

  /** @param folder the folder's listing, told of every file written or removed (once it has been read) */
  constructor(
    private readonly articlesDir: string,
    private readonly folder: () => ExistingArticles | undefined,
  ) {}

  /** Writes `write`; when it fails, `entry` says so (outcome failed, with why). */
  add(write: PlannedWrite, entry: ReportEntry): void {
    try {
      this.write(write);
    } catch (error) {
      Object.assign(entry, {
        outcome: "failed",
        message: `${entry.input}: could not write ${entry.article}: ${(error as Error).message}`,
      });
    }
  }

  private write({ relativePath, text, removes }: PlannedWrite): void {
    const file = join(this.articlesDir, relativePath);
    writeAtomicSync(file, text);
    const info = statOrUndefined(file);
    if (info) this.states.set(relativePath, { size: info.size, mtimeMs: info.mtimeMs });
    else this.states.delete(relativePath);
    this.folder()?.wrote(relativePath, text, info);
    // The story moved (its date or title changed): the old file is ours and unedited, so it goes.
    if (removes) {
      rmSync(join(this.articlesDir, removes), { force: true });
      this.states.delete(removes);
      this.folder()?.removed(removes);
    }
  }
}
