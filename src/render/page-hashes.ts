// What each page drawn from the model shows, as a hash: a page whose hash did not change is not drawn again.
import { hashText } from "../util/hash.ts";
import type { ArchiveMonth, Edition, ListingPage, SiteModel } from "../model/site-model.ts";
import type { Story } from "../model/make-story.ts";

/** A page of the site that lists stories: drawn from the model by a paginated template, like a story's page. */
export type ListedPage = Edition | ListingPage | ArchiveMonth;

/**
 * What each story of the model shows of itself, as one hash per story: all its fields (its brief, its labels, the
 * other reports of its event), not its text, its related stories or its labels' links.
 */
export function ownStoryHashes(model: SiteModel): Map<Story, string> {
  return new Map(model.stories.map((story) => [story, hashText(JSON.stringify(story))]));
}

/**
 * What a story's page shows, as one hash per URL: the story (`own`, from ownStoryHashes), its text, its related
 * stories and its labels' links.
 */
export function storyPageHashes(
  model: SiteModel,
  bodies: Map<string, string>,
  own = ownStoryHashes(model),
): Map<string, string> {
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
 * section, as a lead, on a day) counted by its own hash (`own`, from ownStoryHashes), which covers all that a brief
 * or a headline shows. Not by its page's: a story whose related stories changed (a new story is related to dozens)
 * would draw again every edition and listing page that names it, some 500 more pages for one new story at 10,000.
 */
export function listedPageHashes(model: SiteModel, own = ownStoryHashes(model)): Map<string, string> {
  const asHash = (_key: string, value: unknown) => own.get(value as Story) ?? value;
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
