// Lists the old addresses of label pages that a merge or rename moved, each leading to the page that holds them now.
import type { Kind, Redirect } from "../model/site-model.ts";
import { toLabel } from "../model/make-story.ts";

/** A label that now lives under another name, or on another kind of page (a topic "Kenya" on the place Kenya). */
export interface MovedLabel {
  kind: Kind;
  name: string;
  to: { kind: Kind; name: string };
}

/**
 * A redirect for each moved label whose new page exists, from the address its old name had (`/topics/sports/`
 * → `/topics/sport/`). Nothing is listed when the slug did not change or when the old address is still a page.
 */
export function collectRedirects(moved: MovedLabel[], labelUrls: Record<Kind, Map<string, string>>): Redirect[] {
  const pages = new Set(Object.values(labelUrls).flatMap((urls) => [...urls.values()]));
  const redirects = new Map<string, Redirect>();
  for (const { kind, name, to } of moved) {
    const from = `/${kind}/${toLabel(name).slug}/`;
    const target = labelUrls[to.kind].get(toLabel(to.name).slug);
    if (!target || target === from || pages.has(from) || redirects.has(from)) continue;
    redirects.set(from, { from, to: target });
  }
  return [...redirects.values()].sort((a, b) => a.from.localeCompare(b.from));
}
