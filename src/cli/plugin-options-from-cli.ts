// The Eleventy plugin's options from the CLI's flags and the documented environment variables: the one place that reads them.
import type { BroadsheetOptions } from "../model/broadsheet-options.ts";

/**
 * `--drafts` and `--no-search` as options, with the caches from BROADSHEET_SUMMARY_CACHE and
 * BROADSHEET_SEARCH_CACHE (default: the plugin's, .cache/summaries and .cache/search-shards).
 */
export function pluginOptionsFromCli(flags: { drafts: boolean; noSearch: boolean }): BroadsheetOptions {
  const summaryCache = process.env["BROADSHEET_SUMMARY_CACHE"] || undefined;
  const searchCache = process.env["BROADSHEET_SEARCH_CACHE"] || undefined;
  return {
    drafts: flags.drafts,
    search: !flags.noSearch,
    ...(summaryCache ? { summaryCache } : {}),
    ...(searchCache ? { searchCache } : {}),
  };
}
