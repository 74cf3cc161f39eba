// Cuts the small boxes built around a form field (newsletter sign-ups, polls, comment boxes), judged by what they hold.
import type { Removal } from "../../model/types.ts";
import { type StoryText, storyShare } from "./find-story-text.ts";
import { normaliseSpace, visibleText } from "./parse-html.ts";

/** Most text a box around a form field may hold (default: 400 characters): a story paragraph alone is longer. */
const MAX_BOX_TEXT = 400;

const FIELDS = "input:not([type=hidden]), textarea, select";

/**
 * Removes, for each form field of `root`, the largest block around it that holds at most 400 characters and none of
 * the story's prose: a sign-up box ("Get the newsletter", an e-mail field, a button) in whatever language, a poll.
 */
export function cutFormBoxes(root: Element, story: StoryText): Removal[] {
  const removed: Removal[] = [];
  for (const field of [...root.querySelectorAll(FIELDS)]) {
    if (!root.contains(field)) continue;
    let box: Element | undefined;
    for (let current = field.parentElement; current && current !== root; current = current.parentElement) {
      if (normaliseSpace(current.textContent).length > MAX_BOX_TEXT || storyShare(current, story) > 0) break;
      box = current;
    }
    if (!box) continue;
    const text = visibleText(box);
    box.remove();
    if (text) removed.push({ reason: "form (newsletter, poll or comment box)", text });
  }
  return removed;
}
