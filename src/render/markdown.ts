// The Markdown renderer for article bodies: raw HTML off, so article text can never inject markup.
import MarkdownIt from "markdown-it";

/** markdown-it with `html: false` (articles come from the open web) and typographic quotes left as written. */
export function createMarkdown() {
  return new MarkdownIt({ html: false, linkify: true, typographer: false });
}

/** Only http(s), mailto and site-relative links survive; anything else (javascript:, data:) becomes "#". */
export function safeUrl(url: unknown): string {
  const text = String(url ?? "").trim();
  if (/^(https?:|mailto:)/i.test(text) || /^\/(?!\/)/.test(text) || /^#/.test(text)) return text;
  return "#";
}
