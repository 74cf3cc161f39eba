// Finds the sentences of ten words or more that a page says twice, as a reader would see them.
import { parseHTML } from "linkedom";

/** The text a reader sees in a page's main part, one string per block (paragraph, heading, list item). */
export function visibleBlocks(html: string, selector = "main"): string[] {
  const { document } = parseHTML(html);
  const root = document.querySelector(selector) ?? document.body;
  for (const hidden of root.querySelectorAll("script, style, template, [hidden], .visually-hidden")) hidden.remove();
  const blocks: string[] = [];
  for (const block of root.querySelectorAll("p, li, h1, h2, h3, h4, blockquote, dd, td")) {
    if (block.querySelector("p, li, blockquote")) continue;
    const text = (block.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text) blocks.push(text);
  }
  return blocks;
}

/** Sentences of a text: cut after a full stop, question or exclamation mark (and closing quotes) before a space. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?]["”’)]?)\s+/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** The same sentence, whatever its quotation marks, case and spacing. */
const normalise = (sentence: string) =>
  sentence
    .toLowerCase()
    .replace(/[“”"‘’'`]/g, "")
    .replace(/\s+/g, " ")
    .replace(/[.!?]+$/, "");

/** The sentences of `minWords` words or more (default: 10) that occur more than once across the blocks. */
export function repeatedSentences(blocks: string[], minWords = 10): string[] {
  const seen = new Map<string, number>();
  const repeated: string[] = [];
  for (const sentence of blocks.flatMap(sentencesOf)) {
    if (sentence.split(/\s+/).length < minWords) continue;
    const key = normalise(sentence);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count === 2) repeated.push(sentence);
  }
  return repeated;
}
