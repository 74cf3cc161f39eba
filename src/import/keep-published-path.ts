// Keeps the file name an article was published under when only the slug function changed, not the story.
import { basename, dirname } from "node:path";
import { legacySlug } from "../model/make-slug.ts";

/**
 * The path to write a re-imported story to: its old path when the old file sits in the same day folder and is
 * named with the legacy slug of the same title (or the id it fell back to), so its address never moves;
 * otherwise the newly made path (a new story, a changed title or date).
 */
export function keepPublishedPath(made: string, before: string | undefined, title: string, id: string): string {
  if (!before || before === made || dirname(before) !== dirname(made)) return made;
  const stem = basename(before, ".md").replace(/-[0-9a-f]{6}$/, "");
  const legacy = legacySlug(title) || id;
  return stem === legacy || basename(before, ".md") === legacy ? before : made;
}
