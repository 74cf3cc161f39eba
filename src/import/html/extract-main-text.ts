// Finds the main text of a page with Mozilla's Readability, as Firefox's reader view does.
import { Readability } from "@mozilla/readability";

/** What Readability found: the article element, and the title and byline it saw. */
export interface MainText {
  content: Element;
  title?: string;
  byline?: string;
}

/** The main text of `document`, or undefined when Readability finds none. Mutates `document`. */
export function extractMainText(document: Document): MainText | undefined {
  // keepClasses: the cleaning after Readability judges elements by their class names.
  // serializer: the element itself, so the article is not printed and parsed again.
  const reader = new Readability(document, {
    keepClasses: true,
    serializer: (element: Node) => element,
    charThreshold: 300,
  } as never);
  const result = reader.parse() as { content: unknown; title?: string | null; byline?: string | null } | null;
  if (!result?.content) return undefined;
  return {
    content: result.content as Element,
    ...(result.title ? { title: result.title } : {}),
    ...(result.byline ? { byline: result.byline } : {}),
  };
}
