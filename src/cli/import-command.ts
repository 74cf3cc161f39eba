// `broadsheet import`: raw files and folders into content/articles, with a summary and a JSON report.
import { relative } from "node:path";
import type { ImportReport } from "../import/index.ts";
import { parseDate } from "../import/parse-date.ts";
import { readSiteSettings } from "../util/site-settings.ts";
import { writeAtomic } from "../util/write-atomic.ts";
import type { Command } from "./command.ts";
import { showProgress } from "./show-progress.ts";
import { parseOptions, UsageError } from "./usage-error.ts";

const HELP = `Usage: broadsheet import [<file or folder>…] [options]

Converts article files into Markdown articles under content/articles/YYYY/MM/DD/:
plain text (.txt), saved web pages (.html), Markdown with or without front matter (.md),
feeds (RSS 2.0, Atom, JSON Feed: one article per item) and JSON articles, in UTF-8,
UTF-16 or Windows-1252. Folders are walked. With no path, imports content/inbox/.
Inputs are never modified; an article edited by hand is never overwritten; importing
the same story again (from any format) changes nothing. Every piece of text cut from
an article (navigation, share bars, comments, prompts…) is listed in the report.

Options:
  --date <date>      date for articles that carry none (default: from the file name,
                     else the file time, which is flagged in the report)
  --out <folder>     where articles go (default: content/articles)
  --report <file>    where the JSON report goes (default: .cache/import-report.json)
  --dry-run          show what would happen, write nothing
  --quiet            print only the summary line and problems
  -h, --help         this help

Exit codes: 0 every file imported or unchanged, 1 some file failed (the others were
imported), 2 wrong usage.`;

/** Prints the summary of a run: each problem, warning and removal on one line, then the counts. */
export function printImportReport(report: ImportReport, reportPath: string, quiet = false): void {
  for (const entry of report.entries) {
    if (entry.outcome === "failed") console.error(`  failed   ${entry.message}`);
    else if (entry.outcome === "skipped" && !quiet) console.error(`  skipped  ${entry.input}: ${entry.message}`);
  }
  if (!quiet) {
    for (const warning of report.warnings) console.error(`  warning  ${warning.input}: ${warning.message}`);
    for (const removal of report.removed) console.error(`  removed  ${removal.input}: ${removal.reason}`);
  }
  const verb = report.dryRun ? "would be " : "";
  const { files, entries, written, imported, updated, unchanged, skipped, failed } = report.counts;
  // Every file in has at least one outcome (a feed has one per item): entries = written + unchanged + skipped + failed.
  console.error(
    `${files} file(s) in: ${imported} ${verb}imported, ${updated} ${verb}updated (${written} ${verb}written), ` +
      `${unchanged} unchanged, ${skipped} skipped, ${failed} failed (${entries} outcome(s) in all); ${report.warnings.length} warning(s); ` +
      `${report.removed.length} piece(s) of junk removed. Report: ${reportPath}`,
  );
}

export const importCommand: Command = {
  summary: "convert article files into Markdown articles (default: content/inbox/)",
  help: HELP,
  async run(args) {
    const { values, positionals } = parseOptions(args, {
      date: { type: "string" },
      out: { type: "string" },
      report: { type: "string" },
      "dry-run": { type: "boolean" },
      quiet: { type: "boolean" },
    });
    const settings = readSiteSettings("content");
    const date = values.date ? parseDate(values.date, settings.timezone) : undefined;
    if (values.date && !date) throw new UsageError(`--date "${values.date}" is not a date (write 2025-09-13)`);
    const reportPath = values.report ?? ".cache/import-report.json";
    // Loaded when needed, so that `--help` and the other commands start fast.
    const { importFiles } = await import("../import/index.ts");
    const report = await importFiles(positionals.length ? positionals : ["content/inbox"], {
      articlesDir: values.out ?? "content/articles",
      zone: settings.timezone,
      ...(date ? { date } : {}),
      dryRun: values["dry-run"] ?? false,
      onProgress: showProgress("importing"),
    });
    await writeAtomic(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    printImportReport(report, relative(process.cwd(), reportPath), values.quiet ?? false);
    return report.entries.some((entry) => entry.outcome === "failed") ? 1 : 0;
  },
};
