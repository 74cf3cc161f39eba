// Turns an article body (plain text or Markdown) into plain-text blocks that sentences never cross.
import { plainText } from "../../model/plain-text.ts";

/** A line that starts its own block: a Markdown heading, list item, quote, or rule. */
const BLOCK_START = /^\s{0,3}(?:#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s|>|(?:[-*_=]\s*){3,}$)/;

/**
 * Splits text into blocks: blank lines always separate blocks (paragraphs), and so
 * does a single newline before or after a heading/list/quote line. Other single
 * newlines are soft wraps and become spaces, as Markdown renders them.
 */
export function toPlainBlocks(text: string): string[] {
  const blocks: string[] = [];
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .replace(/\u00a0/g, " ")
    .split(/\n[ \t]*\n/);
  for (const paragraph of paragraphs) {
    let current: string[] = [];
    const flush = (): void => {
      const lines = current.join(" ");
      // Most paragraphs are single-spaced already; checking is cheaper than rebuilding them.
      const joined = (/[^\S ]/.test(lines) || lines.includes("  ") ? lines.replace(/\s+/g, " ") : lines).trim();
      if (joined) blocks.push(joined);
      current = [];
    };
    for (const line of paragraph.split("\n")) {
      const ownBlock = BLOCK_START.test(line);
      if (ownBlock) flush();
      current.push(plainText(line, { images: "drop" }));
      if (ownBlock) flush();
    }
    flush();
  }
  return blocks;
}
