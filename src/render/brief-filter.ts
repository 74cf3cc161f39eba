// The `brief` filter: a story in brief (layouts/partials/brief-markup.njk), drawn once per build and heading level.
import { cachedByText } from "../util/cached-by-text.ts";
import type { EleventyConfig } from "../util/eleventy-config-type.ts";
import type { Story } from "../model/make-story.ts";

/** The part of a Nunjucks filter's `this` that renders another template with the same filters and escaping. */
interface NunjucksFilterContext {
  env: { render(name: string, context: Record<string, unknown>): string };
}

/** The words of a page's HTML as a reader sees them, for comparing sentences. */
const plainWords = (html: string): string =>
  html
    .replace(/<[^>]*>/g, " ")
    .replace(/&(?:quot|#34);/g, '"')
    .replace(/&(?:#39|apos);/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/[“”"‘’']/g, "")
    .replace(/\s+/g, " ");

/**
 * `plainWords` of summaries, and of their sentences trimmed, remembered: a story's summary is weighed beside each
 * article it is related to, some 117,000 sentences on the 10,000 bench stories' pages, whose plain words took 0.4 s
 * of drawing them.
 */
const plainSummary = cachedByText(plainWords);
const plainSentence = cachedByText((sentence) => plainWords(sentence).trim());

/** The sentences none of `said` (plain words of what the page has said, each part from `plainWords`) contains. */
const sentencesNotIn = (sentences: string[], said: readonly string[]): string[] =>
  sentences.filter((sentence) => {
    const words = plainSentence(sentence);
    return !said.some((part) => part.includes(words));
  });

/** The template of one brief, layouts/partials/brief-markup.njk (a host may override it, see digest-layouts-plugin.ts). */
const MARKUP = "broadsheet/partials/brief-markup.njk";

/**
 * Adds `brief(story, headingLevel)`, the HTML of a story in brief. A story is shown in brief on its edition, on
 * every topic, person, place and source page it is filed under, and under up to four other stories as related:
 * about ten times a build, always the same HTML. Drawing it once (per heading level) took the briefs, and the
 * date formatting in them, from the largest part of drawing listing pages to almost none. Forgotten at the start of
 * every build, so a story or the markup changed while watching shows at once.
 */
export function briefFilterPlugin(eleventyConfig: EleventyConfig): void {
  const drawn = new Map<string, string>();
  eleventyConfig.on("eleventy.before", () => drawn.clear());
  /** A story's brief; beside an article's text (`said`: what the page has said so far), without the sentences said. */
  function drawBrief(context: NunjucksFilterContext, story: Story, headingLevel: unknown, said?: readonly string[]) {
    const level = Number(headingLevel) >= 2 && Number(headingLevel) <= 6 ? Number(headingLevel) : 3;
    const summary = said ? sentencesNotIn(story.summary, said) : story.summary;
    if (summary.length !== story.summary.length)
      return context.env.render(MARKUP, { s: { ...story, summary }, headingLevel: level });
    const key = `${level} ${story.url}`;
    let html = drawn.get(key);
    if (html === undefined) {
      html = context.env.render(MARKUP, { s: story, headingLevel: level });
      drawn.set(key, html);
    }
    return html;
  }
  function brief(this: NunjucksFilterContext, story: Story, headingLevel: unknown): string {
    return drawBrief(this, story, headingLevel);
  }
  eleventyConfig.addFilter("broadsheetBrief", brief);
  // Related stories beside an article: each brief leaves out what the text or a brief above it has said.
  eleventyConfig.addFilter(
    "broadsheetBriefsBeside",
    function (this: NunjucksFilterContext, stories: Story[], headingLevel: unknown, html: unknown) {
      // The article's text made plain once, not again for every brief beside it (a tenth of drawing a story page).
      const said = [plainWords(typeof html === "string" ? html : "")];
      return stories
        .map((story) => {
          const drawn = drawBrief(this, story, headingLevel, said);
          said.push(plainSummary(story.summary.join(" ")));
          return drawn;
        })
        .join("\n");
    },
  );
}
