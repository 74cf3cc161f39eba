// Takes furniture labels (class names, ids) off the elements that hold the story, so no later cut judges them by name.
import { Readability } from "@mozilla/readability";
import { type StoryText, storyShare } from "./find-story-text.ts";
import { LABEL_ATTRIBUTES, labelReason } from "./junk-reason.ts";

/** Share of the story's text (default: 0.2) an element must hold to be the story's rather than furniture inside it. */
const HOLDS_STORY = 0.2;

// Readability also judges by class and id (and drops or demotes what looks unlikely); its own patterns, read from
// the library so they stay in step with it.
const READER = (Readability.prototype as unknown as { REGEXPS: Record<string, RegExp> }).REGEXPS;
const READER_PATTERNS = [READER["unlikelyCandidates"], READER["negative"]].filter(
  (pattern): pattern is RegExp => pattern instanceof RegExp,
);

const furnitureName = (name: string): boolean =>
  labelReason(name) !== undefined || READER_PATTERNS.some((pattern) => pattern.test(name));

/**
 * Removes, from every element holding a fair share of the story, the class names and labels that name furniture
 * ("a share bar", "an advert"): a CMS that names the story's wrapper after a feature it carries must not cost the
 * story. Furniture inside the story (a share bar between paragraphs) holds none of its prose and keeps its labels.
 * Returns how many elements were relabelled.
 */
export function unlabelStory(root: Element, story: StoryText): number {
  if (story.length === 0) return 0;
  let changed = 0;
  for (const element of [root, ...root.querySelectorAll("*")]) {
    if (storyShare(element, story) < HOLDS_STORY) continue;
    let touched = false;
    for (const attribute of LABEL_ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      if (!value) continue;
      const kept =
        attribute === "class"
          ? value
              .split(/\s+/)
              .filter((name) => name && !furnitureName(name))
              .join(" ")
          : furnitureName(value)
            ? ""
            : value;
      if (kept === value) continue;
      touched = true;
      if (kept) element.setAttribute(attribute, kept);
      else element.removeAttribute(attribute);
    }
    if (touched) changed++;
  }
  return changed;
}
