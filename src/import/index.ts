// The import stage: raw article files in, Markdown articles with front matter out.
export { importFiles, type ImportOptions } from "./import-files.ts";
export type { ImportReport, ReportEntry } from "./import-report.ts";
export { formats, chooseFormat } from "./formats/index.ts";
