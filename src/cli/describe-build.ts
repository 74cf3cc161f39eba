// The lines a build starts and ends with, for someone who has never run it: what the inbox gave, and what was built where.
import type { ImportReport } from "../import/index.ts";
import { buildTally, formatBytes, formatCount, secondsSince } from "../util/build-log.ts";

/** The inbox in one line: "nothing new" when every file was imported before, else what came in and where the report is. */
export function inboxLine(report: ImportReport, reportPath: string): string {
  const { files, imported, updated, unchanged, skipped, failed } = report.counts;
  const fileCount = `${formatCount(files)} ${files === 1 ? "file" : "files"}`;
  if (imported + updated + failed + skipped === 0)
    return `Inbox: nothing new (${fileCount}, ${formatCount(unchanged)} already imported).`;
  const parts = [
    `${formatCount(imported)} new ${imported === 1 ? "story" : "stories"}`,
    `${formatCount(updated)} updated`,
  ];
  if (skipped) parts.push(`${formatCount(skipped)} skipped`);
  if (failed) parts.push(`${formatCount(failed)} failed`);
  return `Inbox: ${parts.join(", ")} from ${fileCount}; what was cut from them is in ${reportPath}.`;
}

/** The build's last line: stories, pages, index size, time, where the site is and how to view it. */
export function finishedLine(output: string, startedAt: number): string {
  const { stories, pages, indexBytes } = buildTally;
  const index = indexBytes ? `a ${formatBytes(indexBytes)} search index` : "no search index";
  const view =
    output === "_site"
      ? "run `npm start` to view it at http://localhost:8080/, or serve _site/ with any static web server"
      : `serve ${output}/ with any static web server to view it`;
  return `Built ${formatCount(stories)} ${stories === 1 ? "story" : "stories"} into ${formatCount(pages)} pages and ${index} in ${secondsSince(startedAt)}. The site is in ${output}/: ${view}.`;
}
