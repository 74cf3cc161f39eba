// The import stage: raw article files in, Markdown articles with front matter out.
export { importFiles, type ImportReport, type ImportOptions, type ReportEntry } from "./import-files.ts";
export { formats, chooseFormat } from "./formats/index.ts";
