// The Markdown renderer for article bodies: raw HTML off, so article text can never inject markup.
import MarkdownIt from "markdown-it";

/** markdown-it with `html: false` (articles come from the open web) and typographic quotes left as written. */
export function createMarkdown() {
  return new MarkdownIt({ html: false, linkify: true, typographer: false });
}
