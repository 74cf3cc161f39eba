// Remembers what each input file gave, so that re-importing an unchanged inbox reads and parses nothing.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { statOrUndefined } from "../util/stat-or-undefined.ts";
import { writeAtomic } from "../util/write-atomic.ts";
import type { ImportReport, ReportEntry } from "./import-report.ts";

/** Where manifests are kept, one per articles folder (default: .cache/imports). */
const MANIFEST_DIR = join(".cache", "imports");
const VERSION = 1;

/** A file as it was when last seen: size and modification time, as make judges change. */
export interface FileState {
  size: number;
  mtimeMs: number;
}

/** What one input gave the last time it was imported, when every story in it was written or already there. */
export interface InputRecord extends FileState {
  /** Story ids, in the order the input gave them (for "the same story as …" across inputs). */
  ids: string[];
  /** Each article written, relative to the articles folder, as it was after the run. */
  articles: ({ path: string } & FileState)[];
  /** Text cut from its articles, each with the article relative to the articles folder. */
  removed: { article: string; reason: string; text: string }[];
  warnings: string[];
}

/** The importer's own code, so that a new version of it imports everything again (a hash, worked out once). */
let version: string | undefined;
export function importerVersion(): string {
  if (version) return version;
  const folder = dirname(fileURLToPath(import.meta.url));
  const hash = createHash("sha256");
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.[tj]s$/.test(entry.name)) hash.update(`${relative(folder, full)}\0`).update(readFileSync(full));
    }
  };
  walk(folder);
  return (version = hash.digest("hex"));
}

/** A file's size and modification time, or undefined when it is not a file. */
export function stateOf(path: string): FileState | undefined {
  const info = statOrUndefined(path);
  return info?.isFile() ? { size: info.size, mtimeMs: info.mtimeMs } : undefined;
}

const same = (a: FileState | undefined, b: FileState) =>
  a !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;

/**
 * The records of the last import into one articles folder with the same options and importer. An input can be
 * replayed when it, and every article it wrote, are byte-for-byte where the last run left them: importing it
 * again would give the same text and find it unchanged.
 */
export class ImportManifest {
  private constructor(
    private readonly file: string,
    private readonly key: string,
    private readonly records: Map<string, InputRecord>,
    private readonly articlesDir: string,
  ) {}

  /** Loads the manifest of `articlesDir` for these options; an unreadable or outdated one is empty. */
  static async load(articlesDir: string, options: Record<string, unknown>): Promise<ImportManifest> {
    const folder = resolve(articlesDir);
    const key = createHash("sha256")
      .update(JSON.stringify({ VERSION, folder, options, importer: importerVersion() }))
      .digest("hex");
    const file = join(MANIFEST_DIR, `${createHash("sha256").update(folder).digest("hex").slice(0, 16)}.json`);
    let records = new Map<string, InputRecord>();
    try {
      const saved = JSON.parse(await readFile(file, "utf8")) as { key?: string; inputs?: Record<string, InputRecord> };
      if (saved.key === key && saved.inputs) records = new Map(Object.entries(saved.inputs));
    } catch {
      // No manifest yet, or a broken one: everything is imported the ordinary way.
    }
    return new ImportManifest(file, key, records, articlesDir);
  }

  /** The inputs among `paths` that can be replayed, checked all at once (a stat of each input and article). */
  replayable(paths: string[]): Map<string, InputRecord> {
    const found = new Map<string, InputRecord>();
    for (const path of paths) {
      const record = this.records.get(path);
      if (!record || !same(stateOf(path), record)) continue;
      const states = record.articles.map((article) => stateOf(join(this.articlesDir, article.path)));
      if (states.every((state, i) => same(state, record.articles[i]!))) found.set(path, record);
    }
    return found;
  }

  /** Report entries for a replayed input: its articles, unchanged. */
  entriesOf(path: string, record: InputRecord): ReportEntry[] {
    return record.articles.map((article) => ({
      input: path,
      outcome: "unchanged",
      article: relative(process.cwd(), join(this.articlesDir, article.path)),
    }));
  }

  /**
   * Remembers what `path` gave, when every entry of it was imported, updated or unchanged (anything else is
   * imported the ordinary way every time, so that its message is fresh); forgets it otherwise. `input` is the
   * file's state as it was before it was read: a file edited during the run then differs from it next time.
   * `states` holds the state of each article this run wrote, by its path in the folder (the others are read here).
   */
  remember(
    path: string,
    input: FileState | undefined,
    ids: string[],
    entries: ReportEntry[],
    removed: ImportReport["removed"],
    warnings: string[],
    states: ReadonlyMap<string, FileState> = new Map(),
  ): void {
    const written = entries.every(
      (entry) => ["imported", "updated", "unchanged"].includes(entry.outcome) && entry.article,
    );
    if (!input || !written || entries.length === 0 || entries.length !== ids.length) {
      this.records.delete(path);
      return;
    }
    const paths = entries.map((entry) => relative(this.articlesDir, resolve(entry.article!)));
    const articles = paths.map((article) => states.get(article) ?? stateOf(join(this.articlesDir, article)));
    if (articles.some((state) => !state)) {
      this.records.delete(path);
      return;
    }
    this.records.set(path, {
      ...input,
      ids,
      articles: paths.map((article, i) => ({ path: article, ...articles[i]! })),
      removed: removed.map(({ input: _input, ...rest }) => ({
        ...rest,
        article: relative(this.articlesDir, resolve(rest.article)),
      })),
      warnings,
    });
  }

  /** Removed text of a replayed input, as the report lists it. */
  removedOf(path: string, record: InputRecord): ImportReport["removed"] {
    return record.removed.map((removal) => ({
      input: path,
      ...removal,
      article: relative(process.cwd(), join(this.articlesDir, removal.article)),
    }));
  }

  /** Writes the manifest (atomically: a killed run leaves the old one or the new one). */
  async save(): Promise<void> {
    const inputs = Object.fromEntries([...this.records.entries()].sort((a, b) => a[0].localeCompare(b[0])));
    await writeAtomic(this.file, JSON.stringify({ key: this.key, inputs }));
  }
}
