// Lists the page text Readability left out, grouped by the largest element with nothing kept, so nothing goes unreported.
import type { Removal } from "../../model/types.ts";
import { normaliseSpace, visibleText } from "./parse-html.ts";

const BLOCK =
  /^(P|DIV|SECTION|ARTICLE|MAIN|HEADER|FOOTER|ASIDE|NAV|UL|OL|LI|DL|DT|DD|H[1-6]|BLOCKQUOTE|PRE|TABLE|THEAD|TBODY|TR|TD|TH|FIGURE|FIGCAPTION|FORM|FIELDSET|ADDRESS|DETAILS|SUMMARY|CENTER|BODY)$/;

interface Verdict {
  kept: boolean;
  dropped: boolean;
}

/**
 * Walks `root` (the page as it was before Readability, already stripped of known furniture) and reports
 * each element whose text is absent from `keptText`. `known` texts (the title, the byline) moved into the
 * front matter and are not losses.
 */
export function reportDroppedText(root: Element, keptText: string, known: string[]): Removal[] {
  const kept = normaliseSpace(keptText);
  const knownTexts = new Set(known.map((text) => normaliseSpace(text).toLowerCase()).filter(Boolean));
  const removed: Removal[] = [];
  const isKept = (text: string): boolean =>
    // The start is enough: Readability sometimes drops an inline element from inside a paragraph it keeps.
    kept.includes(text) ||
    kept.includes(text.slice(0, 60)) ||
    knownTexts.has(text.toLowerCase()) ||
    knownTexts.has(text.replace(/^by\s+/i, "").toLowerCase());
  const report = (text: string): void => {
    if (text) removed.push({ reason: "outside the main text (Readability)", text });
  };
  const visit = (element: Element): Verdict & { text: string } => {
    const blocks = [...element.children].filter((child) => BLOCK.test(child.tagName.toUpperCase()));
    if (blocks.length === 0) {
      const text = visibleText(element);
      if (!text) return { kept: false, dropped: false, text };
      return isKept(text) ? { kept: true, dropped: false, text } : { kept: false, dropped: true, text };
    }
    const parts: (Verdict & { text: string })[] = [];
    for (const node of element.childNodes) {
      if (node.nodeType === 1 && BLOCK.test((node as Element).tagName.toUpperCase()))
        parts.push(visit(node as Element));
      else {
        // Loose text and inline elements between blocks are judged on their own.
        const text = normaliseSpace(node.textContent);
        if (text)
          parts.push(isKept(text) ? { kept: true, dropped: false, text } : { kept: false, dropped: true, text });
      }
    }
    const anyKept = parts.some((part) => part.kept);
    const anyDropped = parts.some((part) => part.dropped);
    if (!anyKept) return { kept: false, dropped: anyDropped, text: anyDropped ? visibleText(element) : "" };
    for (const part of parts) if (part.dropped) report(part.text);
    return { kept: true, dropped: false, text: "" };
  };
  const verdict = visit(root);
  if (verdict.dropped) report(verdict.text);
  return removed;
}
