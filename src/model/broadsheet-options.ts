// The options of the Broadsheet Eleventy plugin, and how they are completed from the content folder's site.json.
import { readSiteSettings, type SiteSettings } from "../util/site-settings.ts";

/** What a host site (or the standalone build) passes to `addPlugin(broadsheet, options)`; every field is optional. */
export interface BroadsheetOptions extends Partial<SiteSettings> {
  /**
   * The digest's content folder, relative to the project: `articles/` (the Markdown stories), and optionally
   * `_data/site.json` (settings, which these options override) and `topics.json` (default: the Eleventy input folder).
   */
  content?: string;
  /** The URL path of the digest within the site, like "/news/" (default: "/", the whole site). */
  path?: string;
  /** Let stories marked `draft: true` into a production build, as `broadsheet build --drafts` does (default: false). */
  drafts?: boolean;
  /** Build the Pagefind search index (default: true). */
  search?: boolean;
  /** Where summaries are cached between builds (default: ".cache/summaries"). */
  summaryCache?: string;
  /** Where search index shards are cached between builds (default: ".cache/search-shards"). */
  searchCache?: string;
  /**
   * In a production build, write the search index's plan (its shards' records) to this file instead of building the
   * index, for the caller to build once Eleventy is done (the standalone build does: `indexSearchPlan`). Default: none,
   * the index is built within the Eleventy build.
   */
  searchPlan?: string;
}

/** The options with every default filled in: what the build stages read. */
export interface ResolvedOptions {
  content: string;
  /** Always starts and ends with "/". */
  path: string;
  drafts: boolean;
  search: boolean;
  summaryCache: string;
  searchCache: string;
  searchPlan: string | undefined;
  /** The site's settings: `<content>/_data/site.json`, then the plugin options over it. */
  settings: SiteSettings;
  /** The digest is the whole site: it writes the site-wide files (robots.txt, _headers, 404.html). */
  ownsSite: boolean;
}

/** Option names that are not site settings. */
const OWN = new Set(["content", "path", "drafts", "search", "summaryCache", "searchCache", "searchPlan"]);

/** "news", "/news", "news/" and "/news/" all mean "/news/"; "" and "/" mean the root. */
export function normalisePath(path: string | undefined): string {
  const inner = (path ?? "/").split("/").filter(Boolean).join("/");
  return inner ? `/${inner}/` : "/";
}

/** Fills in the defaults; `input` is the Eleventy input folder, the content folder when none is given. */
export function resolveOptions(options: BroadsheetOptions, input: string): ResolvedOptions {
  const content = options.content ?? input;
  const settings = Object.fromEntries(
    Object.entries(options).filter(([key, value]) => !OWN.has(key) && value !== undefined),
  );
  const path = normalisePath(options.path);
  return {
    content,
    path,
    drafts: options.drafts ?? false,
    search: options.search ?? true,
    summaryCache: options.summaryCache ?? ".cache/summaries",
    searchCache: options.searchCache ?? ".cache/search-shards",
    searchPlan: options.searchPlan,
    settings: { ...readSiteSettings(content), ...settings },
    ownsSite: path === "/",
  };
}
