// What each page drawn from the model shows, as a hash: a page whose hash did not change is not drawn again.
import { hashText } from "../util/hash.ts";
import type { ArchiveMonth, Edition, ListingPage, SiteModel } from "../model/site-model.ts";
import type { Story } from "../model/make-story.ts";

/** A page of the site that lists stories: drawn from the model by a paginated template, like a story's page. */
export type ListedPage = Edition | ListingPage | ArchiveMonth;

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

/** The pages of every topic, person, place and source. */
export function listingPages({ listings }: SiteModel): ListingPage[] {
  return [...listings.topics.pages, ...listings.people.pages, ...listings.places.pages, ...listings.sources.pages];
}

/** Every listed page of the model that a paginated template draws: editions, listing pages, archive months. */
export function listedPages(model: SiteModel): ListedPage[] {
  return [...model.editions, ...listingPages(model), ...model.months];
}

/**
 * What each listed page shows (listedPages), as one hash per URL: its own fields, with each story it names (in a
 * section, as a lead, on a day) counted by the hash of that story's page, which covers all that a brief shows.
 */
export function listedPageHashes(model: SiteModel, storyHashes: Map<string, string>): Map<string, string> {
  const stories = new Set<unknown>(model.stories);
  const asHash = (_key: string, value: unknown) => (stories.has(value) ? storyHashes.get((value as Story).url) : value);
  return new Map(listedPages(model).map((page) => [page.url, hashText(JSON.stringify(page, asHash))]));
}

/** The pages whose hash is new or differs from `before` (every page when there is no `before`). */
export function pagesToRedraw<T extends { url: string }>(
  pages: T[],
  hashes: Map<string, string>,
  before: Map<string, string> | undefined,
): T[] {
  if (!before) return pages;
  return pages.filter((page) => before.get(page.url) !== hashes.get(page.url));
}
