// Finds the paragraphs that carry a page's story by what they hold (prose, few links, early on), never by class names.
import { normaliseSpace } from "./parse-html.ts";

/** The story's paragraphs, the length of their text, and the element that holds them all (none when no prose). */
export interface StoryText {
  paragraphs: Element[];
  length: number;
  container?: Element;
}

/** Shortest paragraph that counts as prose (default: 80 characters): captions, datelines and prompts are shorter. */
const MIN_PROSE = 80;
/** Largest share of a paragraph's text that may sit in links for it to count as prose (default: 0.3). */
const MAX_LINK_SHARE = 0.3;
/** A later block of prose wins only when it scores this much more than the first good one (default: 2). */
const LATER_MARGIN = 2;

const BLOCK_CHILD = "p, div, section, article, ul, ol, table, blockquote, h1, h2, h3, h4, h5, h6";

/** The text of `element` when it reads as a paragraph of prose, or undefined. */
function proseText(element: Element): string | undefined {
  // A <div> counts only as a leaf: some pages set paragraphs in <div>s, but a wrapper is not a paragraph.
  if (element.tagName.toUpperCase() === "DIV" && element.querySelector(BLOCK_CHILD)) return undefined;
  if (element.closest("nav, form, button, select")) return undefined;
  const text = normaliseSpace(element.textContent);
  if (text.length < MIN_PROSE) return undefined;
  const linked = [...element.querySelectorAll("a")].reduce(
    (sum, link) => sum + normaliseSpace(link.textContent).length,
    0,
  );
  if (linked / text.length > MAX_LINK_SHARE) return undefined;
  // Prose has sentences: a long run of words with no full stop, question or comma is a menu or a tag cloud.
  if (!/[.!?,;:]/.test(text)) return undefined;
  return text;
}

/**
 * The paragraphs of the story in `root`: paragraphs of prose vote for their parent and grandparent (as Readability
 * scores them), and the container with the most votes holds the story. A comment thread or a list of teasers can
 * outvote a short story, so the first container in the page that scores at least half the best is taken: the story
 * comes before the comments.
 */
export function findStoryText(root: Element): StoryText {
  const scores = new Map<Element, number>();
  const prose = new Map<Element, number>();
  for (const element of root.querySelectorAll("p, div")) {
    const text = proseText(element);
    if (!text) continue;
    prose.set(element, text.length);
    const score = 1 + (text.match(/,/g)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
    // A quotation is part of the story around it, never the story itself: its paragraphs vote past it.
    let parent = element.parentElement;
    while (parent && parent !== root && parent.tagName.toUpperCase() === "BLOCKQUOTE") parent = parent.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + score);
    const grandparent = parent?.parentElement;
    if (grandparent && parent !== root) scores.set(grandparent, (scores.get(grandparent) ?? 0) + score / 2);
  }
  let top: Element | undefined;
  for (const [element, score] of scores) if (!top || score > scores.get(top)!) top = element;
  if (!top) return { paragraphs: [], length: 0 };
  const best = scores.get(top)!;
  // querySelectorAll lists elements in document order, so the first candidate found is the earliest in the page.
  // An ancestor of the best container scores from its grandchildren: it stands for the best one, not before it.
  let chosen = top;
  for (const element of [root, ...root.querySelectorAll("*")]) {
    if ((scores.get(element) ?? 0) * LATER_MARGIN < best) continue;
    chosen = element.contains(top) ? top : element;
    break;
  }
  const paragraphs = [...prose.keys()].filter((paragraph) => chosen.contains(paragraph));
  return {
    paragraphs,
    length: paragraphs.reduce((sum, paragraph) => sum + prose.get(paragraph)!, 0),
    container: chosen,
  };
}

/** Share of the story's text (0 to 1) that sits inside `element`. */
export function storyShare(element: Element, story: StoryText): number {
  if (story.length === 0) return 0;
  const inside = story.paragraphs.filter((paragraph) => element === paragraph || element.contains(paragraph));
  return inside.reduce((sum, paragraph) => sum + normaliseSpace(paragraph.textContent).length, 0) / story.length;
}
