// Checks every internal link, script, stylesheet and image of a built site against the files it holds.
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { listFiles } from "./read-site.ts";

/** One broken reference: the page it is on and the URL that leads nowhere. */
export interface BrokenLink {
  page: string;
  url: string;
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;

/** True when `path` (under the site root, without the prefix) names a file or a folder with index.html. */
function exists(root: string, path: string): boolean {
  const file = join(root, decodeURIComponent(path));
  if (!existsSync(file)) return false;
  return statSync(file).isFile() || existsSync(join(file, "index.html"));
}

/**
 * Every internal reference in the HTML pages of `root` that does not resolve to a file, for a site
 * served under `prefix`. A root-relative URL outside the prefix counts as broken: it would leave the site.
 */
export async function crawlLinks(
  root: string,
  prefix = "/",
): Promise<{ pages: number; links: number; broken: BrokenLink[] }> {
  const pages = (await listFiles(root)).filter((file) => file.endsWith(".html"));
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const page of pages) {
    const html = await readFile(join(root, page), "utf8");
    const pageUrl = new URL(`${prefix}${page.replace(/index\.html$/, "")}`, "http://site.test");
    for (const match of html.matchAll(ATTRIBUTE)) {
      const raw = match[1]!.replace(/&amp;/g, "&");
      if (/^(https?:|mailto:|data:)/i.test(raw) || raw.startsWith("#") || raw === "") continue;
      links++;
      const url = new URL(raw, pageUrl);
      if (
        url.host !== "site.test" ||
        !url.pathname.startsWith(prefix) ||
        !exists(root, url.pathname.slice(prefix.length))
      ) {
        broken.push({ page, url: raw });
      }
    }
  }
  return { pages: pages.length, links, broken };
}
