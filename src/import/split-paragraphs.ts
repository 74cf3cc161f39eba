// Splits a body into paragraphs, whether they are separated by blank lines or by single line breaks.

/** True when the lines of a block look hard-wrapped (one paragraph) rather than one paragraph each. */
function looksWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  // A hard-wrapped paragraph has lines of similar, modest width, and most do not end a sentence.
  const widths = lines.slice(0, -1).map((line) => line.length);
  const endings = lines.slice(0, -1).filter((line) => /[.!?]["”’]?$/.test(line)).length;
  return Math.max(...widths) <= 100 && endings < lines.length / 2;
}

/** The paragraphs of `text`, trimmed, with wrapped lines joined and empty ones dropped. */
export function splitParagraphs(text: string): string[] {
  const blocks = text.split(/\n[ \t]*\n+/);
  const paragraphs: string[] = [];
  for (const block of blocks) {
    const lines = block
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length === 0) continue;
    if (looksWrapped(lines)) paragraphs.push(lines.join(" "));
    else paragraphs.push(...lines);
  }
  return paragraphs.map((paragraph) => paragraph.replace(/[ \t]+/g, " "));
}
