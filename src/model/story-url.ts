// The URL scheme of article pages: content/articles/2025/09/13/slug.md is served at /2025/09/13/slug/.
import { relative, sep } from "node:path";

/** The URL of the article at `path`, from its place under `articlesDir` (beside that day's edition, no /articles prefix). */
export function storyUrl(articlesDir: string, path: string): string {
  const stem = relative(articlesDir, path).replace(/\.md$/, "").split(sep).join("/");
  return `/${stem}/`;
}
