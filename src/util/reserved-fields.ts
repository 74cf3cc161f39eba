// Front matter fields that Eleventy or the layouts act on: in an article they would be instructions, not data.

/**
 * Field names an article may not carry. `templateEngineOverride: njk` would run the article's text as a
 * Nunjucks template at build time (code execution: `{{ "".constructor.constructor("…")() }}`); `permalink`,
 * `eleventyComputed`, `pagination` and `layout` would render templates or move and reshape pages; `page`,
 * `collections`, `content`, `site` and the layouts' own variables would shadow the values pages are drawn from.
 */
const RESERVED = new Set([
  "templateEngineOverride",
  "permalink",
  "dynamicPermalink",
  "permalinkBypassOutputDir",
  "layout",
  "pagination",
  "page",
  "collections",
  "content",
  "pkg",
  "site",
  "story",
  "home",
  "edition",
  "listing",
  "month",
  "kind",
]);

/** True when `field` is one Eleventy or the layouts would act on (every `eleventy…` key included). */
export function isReservedField(field: string): boolean {
  return RESERVED.has(field) || /^eleventy/i.test(field);
}

/** A problem for each field of an article that Eleventy or the layouts would act on. */
export function reservedFieldProblems(data: Record<string, unknown>): string[] {
  return Object.keys(data)
    .filter(isReservedField)
    .map(
      (field) =>
        `${field}: not allowed in an article (Eleventy would act on it: render it as a template, or move or reshape pages)`,
    );
}
