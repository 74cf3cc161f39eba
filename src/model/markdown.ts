// The Markdown renderer for article bodies: raw HTML off, so article text can never inject markup.
import MarkdownIt from "markdown-it";

/**
 * markdown-it with `html: false` (articles come from the open web) and typographic quotes left as written.
 * Links and images keep only http(s), mailto and scheme-less URLs: markdown-it's own check still lets
 * `data:image/…` through, which the site's policy would load and a reader never asked for.
 */
export function createMarkdown() {
  const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
  markdown.validateLink = (url: string) => !/^[^/?#]*:/.test(url.trim()) || /^(https?|mailto):/i.test(url.trim());
  return markdown;
}

/** Only http(s), mailto and site-relative links survive; anything else (javascript:, data:, //host) becomes "#". */
export function safeUrl(url: unknown): string {
  const text = String(url ?? "").trim();
  // "/\\host" is "//host" to a browser: another site, not a path of this one.
  if (/^(https?:|mailto:)/i.test(text) || /^\/(?![/\\])/.test(text) || /^#/.test(text)) return text;
  return "#";
}
