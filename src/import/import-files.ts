// Imports raw files into content/articles: one Markdown file per story, nothing lost, every outcome reported.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { collectInputs } from "../util/collect-inputs.ts";
import { withFolderLock } from "../util/file-lock.ts";
import { isRunning } from "../util/is-running.ts";
import { ArticleWriter } from "./article-writer.ts";
import type { CompleteOptions } from "./complete-article.ts";
import { ExistingArticles, type ExistingArticle } from "./find-existing.ts";
import { ImportManifest, type InputRecord } from "./import-manifest.ts";
import { countOutcomes, type ImportReport, type ReportEntry } from "./import-report.ts";
import { PARSE_IN_WORKERS_FROM, ParsePool } from "./parse-in-workers.ts";
import { failureOf, parseInput } from "./parse-input.ts";
import { findBefore, planArticle, type PlanContext, type PlanState } from "./plan-article.ts";
import { ReadAhead } from "./read-ahead.ts";
import { MAX_INPUT_BYTES } from "./read-input.ts";

export interface ImportOptions extends CompleteOptions {
  /** Where articles are written (default: content/articles). */
  articlesDir: string;
  /** Report what would happen, write nothing (default: false). */
  dryRun?: boolean;
  /** Called after each file, for progress display. */
  onProgress?: (done: number, total: number) => void;
  /** Largest input file read, in bytes (default: MAX_INPUT_BYTES, 10 MB); a bigger one fails unread. */
  maxFileBytes?: number;
  /**
   * Worker threads that read the files into articles; 0 reads them in this process (default: one per core when
   * `PARSE_IN_WORKERS_FROM` files or more are to be read, else 0). The articles are the same either way.
   */
  parseThreads?: number;
}

/**
 * Imports every file under `paths` into `options.articlesDir`. Never throws for a bad file. Holds the folder's
 * lock while it writes: a second import into the same folder waits, so which copy of a story wins never
 * depends on two runs racing (a dry run writes nothing and takes no lock).
 */
export async function importFiles(paths: string[], options: ImportOptions): Promise<ImportReport> {
  if (options.dryRun) return importUnlocked(paths, options);
  return withFolderLock("import", options.articlesDir, {}, async () => {
    await removeStaleTemporaryFiles(options.articlesDir);
    return importUnlocked(paths, options);
  });
}

/** Removes the temporary files of writes that a killed import left (`.<name>.<pid>.<hex>.tmp`, pid gone). */
async function removeStaleTemporaryFiles(articlesDir: string): Promise<void> {
  const entries = await readdir(articlesDir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const pid = /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/.exec(entry.name)?.[1];
    if (!entry.isFile() || !pid || isRunning(Number(pid))) continue;
    await rm(join(entry.parentPath, entry.name), { force: true });
  }
}

/** Plans each input's articles in order (replayed from the manifest, or read, parsed and planned) and carries the plans out. */
async function importUnlocked(paths: string[], options: ImportOptions): Promise<ImportReport> {
  const { files, missing } = await collectInputs(paths);
  const total = files.length + missing.length;
  const report: ImportReport = {
    files: total,
    counts: countOutcomes(total, []),
    entries: [],
    removed: [],
    warnings: [],
    dryRun: Boolean(options.dryRun),
  };
  for (const path of missing)
    report.entries.push({ input: path, outcome: "failed", message: `${path}: no such file or folder` });
  const maxFileBytes = options.maxFileBytes ?? MAX_INPUT_BYTES;
  // An input unchanged since the last run, whose articles are as that run left them, is not read again: its
  // outcome is known (unchanged). A dry run reads everything and remembers nothing.
  const manifest = options.dryRun
    ? undefined
    : await ImportManifest.load(options.articlesDir, { zone: options.zone, date: options.date ?? null, maxFileBytes });
  const replayable = manifest ? manifest.replayable(files) : new Map<string, InputRecord>();
  // The articles on disk are read only when some input has to be imported the ordinary way.
  let existing = new Map<string, ExistingArticle>();
  const state: PlanState = { seen: new Map(), taken: new Set() };
  const context: PlanContext = {
    articlesDir: options.articlesDir,
    cwd: process.cwd(),
    exists: (path) => existsSync(join(options.articlesDir, path)),
  };
  let folder: ExistingArticles | undefined;
  const loadExisting = async (): Promise<void> => {
    if (folder) return;
    folder = await ExistingArticles.find(options.articlesDir);
    existing = folder.byId;
    for (const article of existing.values()) state.taken.add(article.relativePath);
  };
  const remembered: {
    path: string;
    ids: string[];
    entries: ReportEntry[];
    removed: ImportReport["removed"];
    warnings: string[];
  }[] = [];
  let done = 0;
  // Reading and parsing ahead (a large import parses on worker threads) keeps the disk and the
  // cores busy while articles are planned one at a time and in order, so that which copy of a story wins never
  // depends on timing.
  const toParse = files.length - replayable.size;
  const threads = options.parseThreads ?? (toParse >= PARSE_IN_WORKERS_FROM ? availableParallelism() : 0);
  const pool = threads > 0 ? new ParsePool(options, threads) : undefined;
  const reader = new ReadAhead(
    files,
    maxFileBytes,
    (path) => replayable.has(path),
    (file, path) => (pool ? pool.parse(file, path) : parseInput(file, path, options)),
  );
  const writer = new ArticleWriter(options.articlesDir, () => folder);
  try {
    for (const [index, path] of files.entries()) {
      reader.readAfter(index);
      const record = replayable.get(path);
      // Replayed only when no input before it in this run gave one of its stories (then it is a duplicate now).
      if (manifest && record?.ids.every((id) => !state.seen.has(id))) {
        for (const id of record.ids) state.seen.set(id, path);
        for (const article of record.articles) state.taken.add(article.path);
        report.entries.push(...manifest.entriesOf(path, record));
        report.removed.push(...manifest.removedOf(path, record));
        for (const message of record.warnings) report.warnings.push({ input: path, message });
        options.onProgress?.(++done, files.length);
        continue;
      }
      const marks = {
        entries: report.entries.length,
        removed: report.removed.length,
        warnings: report.warnings.length,
      };
      const ids: string[] = [];
      try {
        await loadExisting();
        const parsed = await reader.take(index);
        if (parsed.binary) {
          // A picture or a PDF in the inbox is not a failure of the import: it is left alone, and said so.
          report.entries.push({
            input: path,
            outcome: "skipped",
            message: "not a text file (an image, a PDF or other binary data)",
          });
          options.onProgress?.(++done, files.length);
          continue;
        }
        for (const warning of parsed.warnings) report.warnings.push({ input: path, message: warning });
        for (const error of parsed.errors) report.entries.push({ input: path, outcome: "failed", ...error });
        for (const { article, removed, text } of parsed.articles) {
          const duplicate = state.seen.has(article.id);
          // The file of the same story already there, read only for a story that is not a duplicate in this run.
          const found = duplicate ? undefined : findBefore(article, existing);
          const before = found && { relativePath: found.relativePath, text: await found.text() };
          const plan = planArticle(article, removed, path, before, state, context, text);
          if (!duplicate) ids.push(article.id);
          for (const message of plan.warnings) report.warnings.push({ input: path, message });
          report.removed.push(...plan.removed);
          report.entries.push(plan.entry);
          if (plan.write && !options.dryRun) writer.add(plan.write, plan.entry);
        }
        if (parsed.failure) report.entries.push({ input: path, outcome: "failed", ...parsed.failure });
      } catch (error) {
        report.entries.push({ input: path, outcome: "failed", ...failureOf(error, path) });
      }
      remembered.push({
        path,
        ids,
        // The entries themselves: a write that fails later marks its entry failed, and then nothing is remembered.
        entries: report.entries.slice(marks.entries),
        removed: report.removed.slice(marks.removed),
        warnings: report.warnings.slice(marks.warnings).map((warning) => warning.message),
      });
      options.onProgress?.(++done, files.length);
    }
  } finally {
    await pool?.close();
  }
  if (!options.dryRun) await folder?.save();
  if (manifest) {
    for (const input of remembered)
      manifest.remember(
        input.path,
        reader.states.get(input.path),
        input.ids,
        input.entries,
        input.removed,
        input.warnings,
        writer.states,
      );
    await manifest.save();
  }
  // Nothing lost: a file that somehow has no outcome is reported as failed rather than left out of the count.
  const accounted = new Set(report.entries.map((entry) => entry.input));
  for (const path of [...files, ...missing]) {
    if (!accounted.has(path))
      report.entries.push({
        input: path,
        outcome: "failed",
        message: `${path}: no outcome was recorded for this file (a bug: please report it)`,
      });
  }
  report.counts = countOutcomes(total, report.entries);
  return report;
}
