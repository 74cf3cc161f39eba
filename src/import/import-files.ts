// Imports raw files into content/articles: one Markdown file per story, nothing lost, every outcome reported.
import { existsSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { join, relative } from "node:path";
import { ImportError } from "../errors.ts";
import { withFolderLock } from "../util/file-lock.ts";
import { writeAtomic } from "../util/write-atomic.ts";
import { composeArticleText, isUntouched } from "../model/article-file.ts";
import { collectInputs } from "../util/collect-inputs.ts";
import { completeArticle, type CompleteOptions } from "./complete-article.ts";
import { ExistingArticles, type ExistingArticle } from "./find-existing.ts";
import { keepPublishedPath } from "./keep-published-path.ts";
import { chooseFormat } from "./formats/index.ts";
import { ImportManifest, stateOf, type FileState, type InputRecord } from "./import-manifest.ts";
import { type InputFile, MAX_INPUT_BYTES, readInput } from "./read-input.ts";
import { isRunning } from "../util/is-running.ts";
import { countOutcomes, type ImportReport, type ReportEntry } from "./import-report.ts";

export interface ImportOptions extends CompleteOptions {
  /** Where articles are written (default: content/articles). */
  articlesDir: string;
  /** Report what would happen, write nothing (default: false). */
  dryRun?: boolean;
  /** Called after each file, for progress display. */
  onProgress?: (done: number, total: number) => void;
  /** Largest input file read, in bytes (default: MAX_INPUT_BYTES, 10 MB); a bigger one fails unread. */
  maxFileBytes?: number;
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


async function importUnlocked(paths: string[], options: ImportOptions): Promise<ImportReport> {
  const { files, missing } = await collectInputs(paths);
  const total = files.length + missing.length;
  const report: ImportReport = { files: total, counts: countOutcomes(total, []), entries: [], removed: [], warnings: [], dryRun: Boolean(options.dryRun) };
  for (const path of missing) report.entries.push({ input: path, outcome: "failed", message: `${path}: no such file or folder` });
  // An input unchanged since the last run, whose articles are as that run left them, is not read again: its
  // outcome is known (unchanged). A dry run reads everything and remembers nothing.
  const manifest = options.dryRun
    ? undefined
    : await ImportManifest.load(options.articlesDir, { zone: options.zone, date: options.date ?? null, maxFileBytes: options.maxFileBytes ?? MAX_INPUT_BYTES });
  const replayable = manifest ? await manifest.replayable(files) : new Map<string, InputRecord>();
  // The articles on disk are read only when some input has to be imported the ordinary way.
  let existing = new Map<string, ExistingArticle>();
  const taken = new Set<string>();
  let folder: ExistingArticles | undefined;
  const loadExisting = async (): Promise<void> => {
    if (folder) return;
    folder = await ExistingArticles.find(options.articlesDir);
    existing = folder.byId;
    for (const article of existing.values()) taken.add(article.relativePath);
  };
  const remembered: { path: string; ids: string[]; entries: ReportEntry[]; removed: ImportReport["removed"]; warnings: string[] }[] = [];
  const seen = new Map<string, string>();
  // The map holds each article under its id and its source URL: count it once.
  let done = 0;
  // Reading ahead and writing behind keep the disk busy while articles are parsed, one at a time and in
  // order, so that which copy of a story wins never depends on timing.
  const AHEAD = 16;
  const reads = new Map<number, Promise<InputFile>>();
  // Each input's size and time just before it is read, for the manifest.
  const statesRead = new Map<string, FileState | undefined>();
  const readAt = (index: number): Promise<InputFile> => {
    let read = reads.get(index);
    if (!read) {
      const path = files[index]!;
      read = stateOf(path).then((state) => {
        statesRead.set(path, state);
        return readInput(path, options.maxFileBytes ?? MAX_INPUT_BYTES);
      });
      read.catch(() => undefined);
      reads.set(index, read);
    }
    return read;
  };
  const writes: Promise<void>[] = [];
  for (const [index, path] of files.entries()) {
    for (let next = index + 1; next <= index + AHEAD && next < files.length; next++) if (!replayable.has(files[next]!)) void readAt(next);
    const record = replayable.get(path);
    // Replayed only when no input before it in this run gave one of its stories (then it is a duplicate now).
    if (manifest && record?.ids.every((id) => !seen.has(id))) {
      for (const id of record.ids) seen.set(id, path);
      for (const article of record.articles) taken.add(article.path);
      report.entries.push(...manifest.entriesOf(path, record));
      report.removed.push(...manifest.removedOf(path, record));
      for (const message of record.warnings) report.warnings.push({ input: path, message });
      options.onProgress?.(++done, files.length);
      continue;
    }
    const marks = { entries: report.entries.length, removed: report.removed.length, warnings: report.warnings.length };
    const ids: string[] = [];
    try {
      await loadExisting();
      const file = await readAt(index);
      reads.delete(index);
      if (file.binary) {
        // A picture or a PDF in the inbox is not a failure of the import: it is left alone, and said so.
        report.entries.push({ input: path, outcome: "skipped", message: "not a text file (an image, a PDF or other binary data)" });
        options.onProgress?.(++done, files.length);
        continue;
      }
      if (file.text.trim() === "") {
        throw new ImportError(file.size === 0 ? "the file is empty" : `the file holds only white space (${file.size} bytes)`, { path });
      }
      for (const warning of file.warnings) report.warnings.push({ input: path, message: warning });
      const format = chooseFormat(file);
      if (!format) throw new ImportError("not an article file this version can read", { path });
      const { articles: raws, errors, warnings = [] } = await format.extract(file, { zone: options.zone });
      for (const warning of warnings) report.warnings.push({ input: path, message: warning });
      for (const error of errors) report.entries.push({ input: path, outcome: "failed", message: error.message, ...(error.line ? { line: error.line } : {}) });
      if (raws.length === 0 && errors.length === 0) throw new ImportError("no article found in the file", { path });
      for (const raw of raws) {
        const article = completeArticle(raw, file, path, options);
        const previous = seen.get(article.id);
        if (previous) {
          report.entries.push({ input: path, outcome: "skipped", message: `the same story as ${previous}` });
          continue;
        }
        seen.set(article.id, path);
        ids.push(article.id);
        const url = article.data.source && typeof article.data.source === "object" ? (article.data.source as { url?: unknown }).url : undefined;
        const before = existing.get(article.id) ?? (typeof url === "string" ? existing.get(`url:${url}`) : undefined);
        // A story published before slugs were transliterated keeps its file name, so its address stays.
        let relativePath = keepPublishedPath(article.relativePath, before?.relativePath, String(article.data.title), article.id);
        // Two different stories with the same headline on the same day: the id tells them apart. On a re-import the
        // plain name belongs to the other story, so a story that does not hold it keeps its suffixed name (it used to
        // take the plain name back and overwrite the other story's file).
        if (before?.relativePath !== relativePath && (taken.has(relativePath) || existsSync(join(options.articlesDir, relativePath)))) {
          relativePath = relativePath.replace(/\.md$/, `-${article.id.slice(0, 6)}.md`);
        }
        const target = join(options.articlesDir, relativePath);
        const shown = relative(process.cwd(), target);
        const text = composeArticleText(article.data, article.body);
        for (const warning of article.warnings) report.warnings.push({ input: path, message: warning });
        if (article.dateGuessed) {
          report.warnings.push({ input: path, message: `no date in the file: took the file time ${article.data.date}; check it or pass --date` });
        }
        for (const removal of raw.removed) report.removed.push({ input: path, article: shown, ...removal });
        const beforeText = await before?.text();
        if (beforeText === text && before?.relativePath === relativePath) {
          report.entries.push({ input: path, outcome: "unchanged", article: shown });
          continue;
        }
        if (before && beforeText !== undefined && !isUntouched(beforeText)) {
          const message = `${relative(process.cwd(), join(options.articlesDir, before.relativePath))} was edited by hand; not overwritten (delete it to import again)`;
          report.warnings.push({ input: path, message });
          report.entries.push({ input: path, outcome: "skipped", article: shown, message });
          continue;
        }
        const entry: ReportEntry = { input: path, outcome: before ? "updated" : "imported", article: shown };
        if (!options.dryRun) {
          const write = async (): Promise<void> => {
            await writeAtomic(target, text);
            await folder?.wrote(relativePath, text);
            // The story moved (its date or title changed): the old file is ours and unedited, so it goes.
            if (before && before.relativePath !== relativePath) {
              await rm(join(options.articlesDir, before.relativePath), { force: true });
              folder?.removed(before.relativePath);
            }
          };
          writes.push(
            write().catch((error: unknown) => {
              Object.assign(entry, { outcome: "failed", message: `${path}: could not write ${shown}: ${(error as Error).message}` });
            }),
          );
        }
        taken.add(relativePath);
        report.entries.push(entry);
        // A bounded number of writes in flight, so a folder of thousands never runs out of file handles.
        if (writes.length >= 32) await Promise.all(writes.splice(0));
      }
    } catch (error) {
      const line = error instanceof ImportError ? error.line : undefined;
      const message = error instanceof ImportError ? error.message : `${path}: ${(error as Error).message}`;
      report.entries.push({ input: path, outcome: "failed", message, ...(line ? { line } : {}) });
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
  await Promise.all(writes);
  if (!options.dryRun) await folder?.save();
  if (manifest) {
    await Promise.all(
      remembered.map((input) => manifest.remember(input.path, statesRead.get(input.path), input.ids, input.entries, input.removed, input.warnings)),
    );
    await manifest.save();
  }
  // Nothing lost: a file that somehow has no outcome is reported as failed rather than left out of the count.
  const accounted = new Set(report.entries.map((entry) => entry.input));
  for (const path of [...files, ...missing]) {
    if (!accounted.has(path)) report.entries.push({ input: path, outcome: "failed", message: `${path}: no outcome was recorded for this file (a bug: please report it)` });
  }
  report.counts = countOutcomes(total, report.entries);
  return report;
}
