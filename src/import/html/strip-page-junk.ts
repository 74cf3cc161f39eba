// Cuts page furniture (share bars, comment sections, cookie banners, related lists…) out of a DOM subtree, reporting each cut.
import type { Removal } from "../../model/types.ts";
import { cutFormBoxes } from "./cut-form-boxes.ts";
import { findStoryText } from "./find-story-text.ts";
import { junkReason } from "./junk-reason.ts";
import { normaliseSpace, visibleText } from "./parse-html.ts";
import { unlabelStory } from "./unlabel-story.ts";

/** Elements that never hold story text a reader sees; dropped without a report because they have no such text. */
const INVISIBLE =
  "script, style, noscript, template, svg, canvas, iframe, object, embed, link, meta, img, picture, source, video, audio, map";

/** Reasons that may cut a large block: a comment section is often longer than the story it follows. */
const ANY_SIZE = new Set(["comment section"]);

/**
 * Removes every element of `root` that `junkReason` names, except one holding a protected element (the headline,
 * the article body), a fair share of the story's prose (its labels are taken off first), or, unless it is a comment
 * section, more than half of the text: a class like "share-enabled" on the story's own wrapper must not cost the story.
 */
export function stripPageJunk(root: Element, protectedElements: Element[] = []): Removal[] {
  const removed: Removal[] = [];
  for (const element of [...root.querySelectorAll(INVISIBLE)]) element.remove();
  const story = findStoryText(root);
  unlabelStory(root, story);
  const total = normaliseSpace(root.textContent).length;
  const isProtected = (element: Element, reason: string, text: string): boolean =>
    protectedElements.some((kept) => kept === element || element.contains(kept)) ||
    (!ANY_SIZE.has(reason) && total > 500 && text.length > total / 2);
  const visit = (parent: Element): void => {
    for (const child of [...parent.children]) {
      const reason = junkReason(child);
      if (reason) {
        const text = visibleText(child);
        if (!isProtected(child, reason, text)) {
          child.remove();
          if (text) removed.push({ reason, text });
          continue;
        }
      }
      visit(child);
    }
  };
  visit(root);
  // Boxes that nothing names but a form field gives away; the fields go then, as they hold no text.
  removed.push(...cutFormBoxes(root, story));
  for (const field of [...root.querySelectorAll("input")]) field.remove();
  return removed;
}
