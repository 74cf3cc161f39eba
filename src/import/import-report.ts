// The account of an import run: an outcome for every article (or file that gave none), and the counts of them.

export type Outcome = "imported" | "updated" | "unchanged" | "skipped" | "failed";

/** What happened to one article (or to one file that gave none). */
export interface ReportEntry {
  input: string;
  outcome: Outcome;
  /** The article file, relative to the project, when there is one. */
  article?: string;
  /** Why it was skipped or failed, or a warning about it. */
  message?: string;
  line?: number;
}

/** The counts of a run: every file in has at least one entry, and every entry exactly one outcome. */
export interface ImportCounts {
  /** Files (and missing paths) given to the run. */
  files: number;
  /** Outcomes: one per article found, or one per file that gave none. */
  entries: number;
  /** Imported + updated: article files written (or that would be, in a dry run). */
  written: number;
  imported: number;
  updated: number;
  unchanged: number;
  skipped: number;
  failed: number;
}

/** The full account of an import run. Entries = imported + updated + unchanged + skipped + failed, always. */
export interface ImportReport {
  files: number;
  /** The counts, as printed at the end of the run. */
  counts: ImportCounts;
  entries: ReportEntry[];
  /** Every piece of text cut from an article, with the reason: nothing is dropped silently. */
  removed: { input: string; article: string; reason: string; text: string }[];
  warnings: { input: string; message: string }[];
  dryRun: boolean;
}

/** Counts the outcomes of `entries` for `files` inputs. */
export function countOutcomes(files: number, entries: ReportEntry[]): ImportCounts {
  const count = (outcome: Outcome) => entries.filter((entry) => entry.outcome === outcome).length;
  const imported = count("imported");
  const updated = count("updated");
  return {
    files,
    entries: entries.length,
    written: imported + updated,
    imported,
    updated,
    unchanged: count("unchanged"),
    skipped: count("skipped"),
    failed: count("failed"),
  };
}
