// Reduces Markdown to the text a reader sees, so text rules judge words, not syntax: one reading for every stage.

/** Characters that every inline pattern needs; most lines of news have none, and skip the passes. */
const INLINE_MARK = /[[*_`<\\]/;
/** A line's block marker: heading hashes, quote sign, bullet or number. */
const BLOCK_MARKER = /^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+•]\s+|\d{1,3}[.)]\s+)/gm;

/** How `plainText` reads what has no words of its own. */
export interface PlainTextOptions {
  /** An image's alt text is kept ("alt") or the image dropped ("drop", as a summary wants) (default: "alt"). */
  images?: "alt" | "drop";
}

/** `markdown` without link targets, images, emphasis, code marks, tags, escapes, or heading, quote and list markers, on one line. */
export function plainText(markdown: string, options: PlainTextOptions = {}): string {
  let text = markdown.replace(BLOCK_MARKER, "");
  if (INLINE_MARK.test(text)) {
    text = text
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, options.images === "drop" ? "" : "$1")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
      // A single * or _ is emphasis only at a word's edges: snake_case and 2*3*4 keep theirs.
      .replace(/(^|[\s(])[*_](?=\S)([^*_]+?)(?<=\S)[*_](?=$|[\s).,;:!?])/gm, "$1$2")
      .replace(/`([^`]+)`/g, "$1")
      .replace(/<[^>]{1,200}>/g, " ")
      .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, "$1");
  }
  return text.replace(/\s+/g, " ").trim();
}
