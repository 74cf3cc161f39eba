// Checks that Readability kept the story's own prose, and falls back to the element that holds it when it did not.
import type { StoryText } from "./find-story-text.ts";
import { isProseItem } from "./holds-prose.ts";
import { normaliseSpace, visibleText } from "./parse-html.ts";

/** Share of the story's text (default: 0.05) that Readability may leave out before its choice is overruled. */
const MAX_MISSING = 0.05;
/** Characters of a paragraph's start that identify it in the kept text (default: 60). */
const PROBE = 60;

/** The story's prose in its container: its paragraphs, and the list items that read as sentences. */
function storyPieces(story: StoryText): string[] {
  const container = story.container;
  if (!container) return [];
  const items = [...container.querySelectorAll("li")].filter((item) => !item.querySelector("li") && isProseItem(item));
  return [...story.paragraphs, ...items].map((element) => visibleText(element)).filter(Boolean);
}

/** Shortest quotation (default: 200 characters) whose loss of quotation marks overrules Readability. */
const LONG_QUOTE = 200;

/** True when a long quotation of the story reached `main` as plain paragraphs: Readability took it for the story. */
function lostQuotation(main: Element, story: StoryText): boolean {
  const quotes = [...(story.container?.querySelectorAll("blockquote") ?? [])]
    .map((quote) => visibleText(quote))
    .filter((text) => text.length >= LONG_QUOTE);
  const kept = [...main.querySelectorAll("blockquote")].map((quote) => visibleText(quote));
  return quotes.some((quote) => !kept.some((text) => text.includes(quote.slice(0, PROBE))));
}

/**
 * The element to convert: Readability's `main`, unless it left out more than a twentieth of the story's prose or turned a
 * long quotation into plain paragraphs (it picks a long quotation over the story around it, and drops a list of
 * sentences beside its choice), in which case a copy of the element that holds the story's paragraphs. Undefined when neither has any text.
 */
export function keepStoryText(
  main: Element | undefined,
  story: StoryText,
): { content: Element; overruled: boolean } | undefined {
  const pieces = storyPieces(story);
  const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
  if (main && total > 0) {
    const kept = normaliseSpace(visibleText(main));
    const missing = pieces
      .filter((piece) => !kept.includes(piece.slice(0, PROBE)))
      .reduce((sum, piece) => sum + piece.length, 0);
    if (missing <= total * MAX_MISSING && !lostQuotation(main, story)) return { content: main, overruled: false };
  }
  if (story.container && total > 0) return { content: story.container.cloneNode(true) as Element, overruled: true };
  return main ? { content: main, overruled: false } : undefined;
}
