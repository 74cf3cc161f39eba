// Counts the pages of a built site by kind: articles, editions, topic/people/place/source listings, archive, other.
import { readdir } from "node:fs/promises";

/** Pages (index.html files) of each kind under `site`; the kind comes from the URL's shape. */
export async function countPages(site: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {
    articles: 0,
    editions: 0,
    topics: 0,
    people: 0,
    places: 0,
    sources: 0,
    archive: 0,
    other: 0,
  };
  const files = (await readdir(site, { recursive: true }).catch(() => [] as string[])).map(String);
  for (const file of files) {
    if (!file.endsWith(".html")) continue;
    const parts = file.split("/");
    const kind = parts[0]!;
    if (/^\d{4}$/.test(kind)) counts[parts.length === 5 ? "articles" : "editions"]!++;
    else if (kind in counts && parts.length > 1) counts[kind]!++;
    else counts["other"]!++;
  }
  return counts;
}
