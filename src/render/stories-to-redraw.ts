// While serving, the stories whose own page an edit changed: only their pages are drawn again.
import { hashText } from "../util/hash.ts";
import type { SiteModel } from "../model/site-model.ts";
import type { Story } from "../model/make-story.ts";

/** What a story's page shows, as one hash per URL: the story, its text, its related stories and its labels' links. */
export function storyPageHashes(model: SiteModel, bodies: Map<string, string>): Map<string, string> {
  // Each story is hashed once, and a page from the hashes of the stories it shows.
  const own = new Map(model.stories.map((story) => [story, hashText(JSON.stringify(story))]));
  const hashes = new Map<string, string>();
  for (const story of model.stories) {
    const links = (kind: keyof SiteModel["labelUrls"], list: { slug: string }[]) =>
      list.map((label) => model.labelUrls[kind].get(label.slug) ?? "");
    const shown = [
      own.get(story),
      hashText(bodies.get(story.inputPath) ?? ""),
      (model.related.get(story.url) ?? []).map((other) => own.get(other) ?? hashText(JSON.stringify(other))),
      [
        model.labelUrls.topics.get(story.sectionSlug) ?? "",
        links("topics", story.topics),
        links("people", story.people),
        links("places", story.places),
      ],
    ];
    hashes.set(story.url, hashText(JSON.stringify(shown)));
  }
  return hashes;
}

/** The stories whose page hash is new or differs from `before` (every story when there is no `before`). */
export function storiesToRedraw(
  stories: Story[],
  hashes: Map<string, string>,
  before: Map<string, string> | undefined,
): Story[] {
  if (!before) return stories;
  return stories.filter((story) => before.get(story.url) !== hashes.get(story.url));
}
