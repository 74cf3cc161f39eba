// Reads a built site's name indexes and, per article page, its text and the names and topics it lists.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** An entry of an index page: the name and the stories counted beside it. */
export interface IndexEntry {
  name: string;
  count: number;
}

/** What an article page shows: its text and the names listed in its footer, by label. */
export interface ArticlePage {
  file: string;
  text: string;
  people: string[];
  places: string[];
  organisations: string[];
  topics: string[];
}

const ENTITIES: Record<string, string> = {
  "&quot;": '"',
  "&#39;": "'",
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&nbsp;": " ",
};
/** Markup removed and the few entities the layouts write decoded. */
export const plain = (html: string): string =>
  html.replace(/<[^>]+>/g, "").replace(/&(?:quot|#39|amp|lt|gt|nbsp);/g, (e) => ENTITIES[e]!);

/** The entries of `<site>/<kind>/index.html` (people, places, topics); none when the page is missing. */
export function readIndex(site: string, kind: string): IndexEntry[] {
  const file = path.join(site, kind, "index.html");
  let html: string;
  try {
    html = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  return [...html.matchAll(/<li><a href="[^"]+">([^<]+)<\/a> <span class="count">(\d+)/g)].map((m) => ({
    name: plain(m[1]!),
    count: Number(m[2]),
  }));
}

/** The names listed after `<dt>label</dt>` on an article page. */
function listed(html: string, label: string): string[] {
  const block = new RegExp(`<dt>${label}</dt>\\s*<dd><ul>(.*?)</ul></dd>`, "s").exec(html);
  if (!block) return [];
  return [...block[1]!.matchAll(/<li>(.*?)<\/li>/gs)].map((m) => plain(m[1]!).trim());
}

/** Every article page under the site's dated folders (YYYY/MM/DD/slug/index.html). */
export function readArticles(site: string): ArticlePage[] {
  const pages: ArticlePage[] = [];
  const walk = (dir: string, depth: number): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (!statSync(full).isDirectory()) continue;
      if (depth < 3) walk(full, depth + 1);
      else {
        let html: string;
        try {
          html = readFileSync(path.join(full, "index.html"), "utf8");
        } catch {
          continue;
        }
        const body = /<section class="story-body"[^>]*>(.*?)<\/section>/s.exec(html);
        if (!body) continue;
        const text = [...body[1]!.matchAll(/<(p|li|h[2-6]|blockquote)[^>]*>(.*?)<\/\1>/gs)]
          .map((m) => plain(m[2]!))
          .join("\n");
        const title = plain(/<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1] ?? "");
        pages.push({
          file: full,
          text: `${title}\n${text}`,
          people: listed(html, "People"),
          places: listed(html, "Places"),
          organisations: listed(html, "Organisations"),
          topics: listed(html, "Topics"),
        });
      }
    }
  };
  for (const year of readdirSync(site)) if (/^\d{4}$/.test(year)) walk(path.join(site, year), 1);
  return pages.sort((a, b) => a.file.localeCompare(b.file));
}
