// Filters for the machine-readable outputs: JSON Feed, JSON-LD NewsArticle and the sitemap's URL list.
import type { SiteSettings } from "../util/site-settings.ts";
import { storyInstant, storyIso } from "../model/to-site-date.ts";
import type { SiteModel } from "../model/site-model.ts";
import type { Story } from "../model/make-story.ts";

/** A JSON Feed 1.1 document of `stories`; `home` and `feedUrl` are absolute (with any path prefix). */
export function jsonFeed(stories: Story[], site: SiteSettings, home: string, feedUrl: string): string {
  const absolute = (url: string) => new URL(url.replace(/^\//, ""), home).href;
  return JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: site.title,
      ...(site.description ? { description: site.description } : {}),
      home_page_url: home,
      feed_url: feedUrl,
      language: site.language,
      items: stories.map((story) => ({
        id: absolute(story.url),
        url: absolute(story.url),
        title: story.title,
        content_text: story.summary.join(" "),
        summary: story.summary.join(" "),
        date_published: storyInstant(story, site),
        tags: story.topics.map((topic) => topic.name),
        ...(story.byline ? { authors: [{ name: story.byline }] } : {}),
        ...(story.source?.url ? { external_url: story.source.url } : {}),
      })),
    },
    null,
    2,
  );
}

/** The schema.org NewsArticle of a story's page. */
export function newsArticleJsonLd(story: Story, canonical: string, site: SiteSettings): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: story.title.slice(0, 110),
    datePublished: storyIso(story, site),
    url: canonical,
    mainEntityOfPage: canonical,
    description: story.summary.join(" "),
    inLanguage: story.language && story.language !== "und" ? story.language : site.language,
    ...(story.dateline ? { dateline: story.dateline } : {}),
    ...(story.byline ? { author: { "@type": "Person", name: story.byline } } : {}),
    ...(story.source?.name ? { publisher: { "@type": "Organization", name: story.source.name } } : {}),
    ...(story.source?.url ? { isBasedOn: story.source.url } : {}),
    ...(story.source?.licence_url ? { license: story.source.licence_url } : {}),
    keywords: story.topics.map((topic) => topic.name).join(", "),
    about: [...story.people, ...story.places].map((label) => label.name),
  };
}

/** Every page of the site for the sitemap, with the date of its newest story where it has one. */
export function sitemapEntries(model: SiteModel | undefined): { url: string; lastmod?: Date }[] {
  if (!model) return [];
  const newest = model.stories[0]?.date;
  return [
    { url: "/", ...(newest ? { lastmod: newest } : {}) },
    ...model.editions.map((edition) => ({ url: edition.url, lastmod: edition.sections[0]!.stories[0]!.date })),
    ...model.stories.map((story) => ({ url: story.url, lastmod: story.date })),
    ...["/topics/", "/people/", "/places/", "/sources/", "/archive/", "/credits/"].map((url) => ({ url })),
    ...Object.values(model.listings).flatMap(({ pages }) =>
      pages.map((page) => ({ url: page.url, lastmod: page.stories[0]!.date })),
    ),
    ...model.months.map((month) => ({ url: month.url })),
  ];
}
