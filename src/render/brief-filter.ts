// The `brief` filter: a story in brief (layouts/partials/brief-markup.njk), drawn once per build and heading level.
import type { EleventyConfig } from "./eleventy-config-type.ts";
import type { Story } from "./make-story.ts";

/** The part of a Nunjucks filter's `this` that renders another template with the same filters and escaping. */
interface NunjucksFilterContext {
  env: { render(name: string, context: Record<string, unknown>): string };
}

/** The template of one brief, under layouts/. */
const MARKUP = "partials/brief-markup.njk";

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
  eleventyConfig.addFilter("brief", function (this: NunjucksFilterContext, story: Story, headingLevel: unknown) {
    const level = Number(headingLevel) >= 2 && Number(headingLevel) <= 6 ? Number(headingLevel) : 3;
    const key = `${level} ${story.url}`;
    let html = drawn.get(key);
    if (html === undefined) {
      html = this.env.render(MARKUP, { s: story, headingLevel: level });
      drawn.set(key, html);
    }
    return html;
  });
}
