// A story of a given month for the search index's tests: number `n` of the month, with `changes` made to it.
import type { Story } from "../../src/model/make-story.ts";

export const shardStory = (month: string, n: number, changes: Partial<Story> = {}): Story => ({
  inputPath: `content/articles/${month}/story-${n}.md`,
  url: `/${month.replace("-", "/")}/story-${n}/`,
  title: `Harbour story ${n}`,
  date: new Date(`${month}-1${n % 10}T10:00:00Z`),
  day: `${month}-1${n % 10}`,
  month,
  highlights: [],
  summary: [`Story ${n}.`],
  section: "News",
  sectionSlug: "news",
  topics: [{ name: "News", slug: "news" }],
  people: [],
  places: [],
  organisations: [],
  keywords: [],
  readingMinutes: 1,
  draft: false,
  timeKnown: true,
  alsoReportedBy: [],
  ...changes,
});
