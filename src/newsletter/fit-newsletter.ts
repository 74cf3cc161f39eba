// Keeps a newsletter's HTML under the size at which Gmail clips a message: a long edition sends the rest online.
import { keepStories, type Newsletter } from "./plan-newsletter.ts";

/**
 * Bytes of HTML a newsletter may have (default: 100,000). Gmail clips a message whose HTML passes 102 KB and hides
 * the rest behind a link; staying below it keeps the foot (and its links) in view.
 */
export const MAX_HTML_BYTES = 100_000;

/**
 * The newsletter and its HTML as `render` draws it, with as many stories as fit in `maxBytes` (all of them when
 * they fit); the stories left out are counted, and the HTML links them in the online edition.
 */
export function fitNewsletter(
  newsletter: Newsletter,
  render: (n: Newsletter) => string,
  maxBytes = MAX_HTML_BYTES,
): { newsletter: Newsletter; html: string } {
  const size = (html: string) => Buffer.byteLength(html, "utf8");
  const full = render(newsletter);
  if (size(full) <= maxBytes) return { newsletter, html: full };
  // The most stories that fit, by bisection: each try draws the whole message.
  let low = 0;
  let high = newsletter.count - 1;
  let best = keepStories(newsletter, 0);
  let bestHtml = render(best);
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const tried = keepStories(newsletter, middle);
    const html = render(tried);
    if (size(html) <= maxBytes) {
      [best, bestHtml, low] = [tried, html, middle + 1];
    } else {
      high = middle - 1;
    }
  }
  return { newsletter: best, html: bestHtml };
}
