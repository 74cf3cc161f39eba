// Imports a content folder's inbox quietly before a build: failures and one summary line on stderr, the report in .cache/.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { stageCount, stageLine } from "../util/build-log.ts";
import { recordTiming, timingMark } from "../util/record-timing.ts";
import { readSiteSettings } from "../util/site-settings.ts";
import { writeAtomic } from "../util/write-atomic.ts";
import { inboxLine } from "./describe-build.ts";

/** Imports `<content>/inbox` quietly; returns true when every file went in. */
export async function importInbox(content = "content"): Promise<boolean> {
  if (!existsSync(join(content, "inbox"))) return true;
  const started = timingMark();
  const settings = readSiteSettings(content);
  // Loaded when needed, so that `--help` and the other commands start fast.
  const { importFiles } = await import("../import/index.ts");
  const report = await importFiles([join(content, "inbox")], {
    articlesDir: join(content, "articles"),
    zone: settings.timezone,
    // A live count on a terminal: a first import of 10,000 files takes some 5 s.
    onProgress: stageCount("Importing the inbox… file"),
  });
  recordTiming("import", started, { ...report.counts });
  await writeAtomic(".cache/import-report.json", `${JSON.stringify(report, null, 2)}\n`);
  for (const entry of report.entries) if (entry.outcome === "failed") stageLine(`  failed   ${entry.message}`);
  stageLine(inboxLine(report, ".cache/import-report.json"));
  return !report.entries.some((entry) => entry.outcome === "failed");
}
