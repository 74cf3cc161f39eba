// Turns an article body (plain text or Markdown) into plain-text blocks that sentences never cross.

/** A line that starts its own block: a Markdown heading, list item, quote, or rule. */
const BLOCK_START = /^\s{0,3}(?:#{1,6}\s|[-*+•]\s|\d{1,3}[.)]\s|>|(?:[-*_=]\s*){3,}$)/;

/** Characters every pattern in stripInline needs; most lines of news have none, and skip the six passes. */
const INLINE_MARK = /[[*_`<]/;

/** Markdown decoration that would otherwise leak into sentences. */
function stripInline(line: string): string {
  if (!INLINE_MARK.test(line)) return line;
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "") // images carry no article text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // links keep their words
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(^|[\s(])[*_](?=\S)([^*_]+?)(?<=\S)[*_](?=$|[\s).,;:!?])/g, "$1$2")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/<[^>]{1,200}>/g, " ");
}

/** Removes a line's block marker (heading hashes, bullet, quote sign). */
function stripMarker(line: string): string {
  return line.replace(/^\s{0,3}(?:#{1,6}\s+|[-*+•]\s+|\d{1,3}[.)]\s+|>\s?)/, "");
}

/**
 * Splits text into blocks: blank lines always separate blocks (paragraphs), and so
 * does a single newline before or after a heading/list/quote line. Other single
 * newlines are soft wraps and become spaces, as Markdown renders them.
 */
export function toPlainBlocks(text: string): string[] {
  const blocks: string[] = [];
  const paragraphs = text.replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ").split(/\n[ \t]*\n/);
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
      if (BLOCK_START.test(line)) {
        flush();
        current.push(stripInline(stripMarker(line)));
        flush();
      } else {
        current.push(stripInline(line));
      }
    }
    flush();
  }
  return blocks;
}
