// Cleans the article Readability kept (or a feed item's HTML): furniture it let through, link lists, junk headings.
import type { Removal } from "../../model/types.ts";
import { holdsProse } from "./holds-prose.ts";
import { normaliseSpace, visibleText } from "./parse-html.ts";
import { stripPageJunk } from "./strip-page-junk.ts";

/** Headings that introduce furniture, not story: what follows them goes too. */
const JUNK_HEADING =
  /^(related( stories| articles| content| coverage| reading| links| topics)?|more (stories|from|on|news|like this|to read)|most (read|popular|viewed|shared)|read (more|next|also)|also read|recommended( for you)?|you (may|might) (also )?like|trending( now)?|popular( now)?|(\d+ )?comments?( \(\d+\))?|leave a (reply|comment)|join the (conversation|discussion)|share( this)?( article| story| page)?|sign up|subscribe|(get )?(our|the) newsletter|newsletter|about the author|tags|topics|follow us|continue reading|keep reading|already a subscriber)\b[\s\S]{0,40}$/i;

const BLOCKS = "ul, ol, div, section, p, table, dl";

/** Share of an element's text that sits inside links (0 when it has no text). */
function linkDensity(element: Element): { density: number; links: number; length: number } {
  const length = normaliseSpace(element.textContent).length;
  const links = [...element.querySelectorAll("a")];
  const linked = links.reduce((sum, link) => sum + normaliseSpace(link.textContent).length, 0);
  return { density: length ? linked / length : 0, links: links.length, length };
}

/** Removes a heading that announces furniture, and the lists or short blocks that follow it. */
function cutJunkHeadings(root: Element, removed: Removal[]): void {
  for (const heading of [...root.querySelectorAll("h2, h3, h4, h5, h6")]) {
    const title = normaliseSpace(heading.textContent);
    if (!root.contains(heading) || !JUNK_HEADING.test(title)) continue;
    const parts = [title];
    let next = heading.nextElementSibling;
    // Up to three followers, and only lists, link-heavy or short blocks: a story paragraph, or a list of sentences, is never taken.
    for (let taken = 0; next && taken < 3 && !/^H[1-6]$/i.test(next.tagName); taken++) {
      const { density, length } = linkDensity(next);
      const list = /^(UL|OL)$/i.test(next.tagName);
      if (!(list || density > 0.5 || length < 120) || (list && holdsProse(next))) break;
      const after = next.nextElementSibling;
      parts.push(visibleText(next));
      next.remove();
      next = after;
    }
    heading.remove();
    removed.push({ reason: `section headed "${title}"`, text: parts.filter(Boolean).join(" ") });
  }
}

/**
 * Removes lists and blocks that are mostly links (by characters): related stories, tag clouds, navigation Readability
 * kept. A block whose items carry prose outside their links (a story's list of linked sentences) stays.
 */
function cutLinkLists(root: Element, removed: Removal[]): void {
  for (const block of [...root.querySelectorAll(BLOCKS)]) {
    if (!root.contains(block)) continue;
    const { density, links, length } = linkDensity(block);
    if (length === 0 || length > 1200) continue;
    const list = /^(UL|OL|DL)$/i.test(block.tagName);
    // A list of links, or any block that is nearly all link text and short: a reader would not miss it.
    const linkHeavy =
      (list && links >= 2 && density > 0.6) ||
      (!list && links >= 2 && density > 0.8) ||
      (links === 1 && density > 0.9 && length < 80);
    if (linkHeavy && !holdsProse(block)) {
      removed.push({ reason: "link list (related stories or navigation)", text: visibleText(block) });
      block.remove();
    }
  }
}

/** Cleans `root` in place and returns what was cut, with why. */
export function cleanArticleHtml(root: Element): Removal[] {
  const removed = stripPageJunk(root);
  cutJunkHeadings(root, removed);
  cutLinkLists(root, removed);
  return removed;
}
