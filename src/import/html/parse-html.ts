// Parses HTML into a DOM document with linkedom, which is fast and enough for Readability.
import { parseHTML } from "linkedom";

/** A DOM document for `html`; linkedom never throws on malformed markup, it repairs it as browsers do. */
export function parseHtml(html: string): Document {
  // A fragment (a feed item's content) has no <html>: wrap it so `document.body` exists.
  const whole = /<html[\s>]/i.test(html.slice(0, 2000))
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}

/** Text with runs of white space folded to one space and the ends trimmed. */
export function normaliseSpace(text: string | null | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

const BLOCK_TAGS =
  /^(P|DIV|SECTION|ARTICLE|ASIDE|NAV|HEADER|FOOTER|MAIN|UL|OL|LI|DL|DT|DD|H[1-6]|BLOCKQUOTE|PRE|TABLE|TR|TD|TH|FIGURE|FIGCAPTION|FORM|BR|HR|ADDRESS)$/;

/** The text of `node` as a reader sees it: blocks and list items apart, not run together as textContent has them. */
export function visibleText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node): void => {
    if (current.nodeType === 3) parts.push((current as Text).data);
    else if (current.nodeType === 1) {
      const block = BLOCK_TAGS.test((current as Element).tagName.toUpperCase());
      if (block) parts.push(" ");
      for (const child of current.childNodes) walk(child);
      if (block) parts.push(" ");
    }
  };
  walk(node);
  return normaliseSpace(parts.join(""));
}
