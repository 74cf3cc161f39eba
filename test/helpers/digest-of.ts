// A digest for tests of the digest cache, whose contents do not matter: a one-sentence summary and nothing else.
import type { Digest } from "../../src/model/types.ts";

/** A digest whose summary is `summary`. */
export const digestOf = (summary: string): Digest => ({
  summary: [summary],
  keywords: [],
  people: [],
  places: [],
  organisations: [],
  section: "World",
  readingMinutes: 1,
  wordCount: 9,
});
