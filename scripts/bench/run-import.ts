// Child process of the benchmark: runs the import stage alone and prints its outcome counts as JSON.
import { importFiles } from "../../src/import/index.ts";
import { recordTiming, timingMark } from "../../src/util/record-timing.ts";

const [inbox, articlesDir, zone = "UTC"] = process.argv.slice(2);
if (!inbox || !articlesDir) {
  console.error("usage: run-import.ts <inbox> <articles folder> [zone]");
  process.exit(2);
}
const start = timingMark();
const report = await importFiles([inbox], { articlesDir, zone });
const outcomes: Record<string, number> = {};
for (const entry of report.entries) outcomes[entry.outcome] = (outcomes[entry.outcome] ?? 0) + 1;
recordTiming("import", start, { files: report.files, ...outcomes });
console.log(JSON.stringify({ files: report.files, outcomes, warnings: report.warnings.length }));
