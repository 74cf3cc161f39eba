// Splits Markdown into its blocks (paragraphs, lists, quotes, headings) at blank lines, keeping each block whole.

/** The blocks of `markdown`, trimmed; a list or a quote spanning several lines stays one block. */
export function splitBlocks(markdown: string): string[] {
  return markdown
    .split(/\n[ \t]*\n+/)
    .map((block) => block.replace(/[ \t]+$/gm, "").replace(/^\n+|\n+$/g, ""))
    .filter((block) => block.trim() !== "");
}
