// Makes a headline from a highlight or a lead sentence: at most ~90 characters, cut at a clause boundary.

/** Longest headline made from a sentence (default cut: 90 characters). */
const MAX = 90;

/** Indexes where a clause ends inside `text` and outside quotes or brackets. */
function clauseBoundaries(text: string): number[] {
  const found: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if ("‘“(«".includes(char)) depth++;
    else if ("’”)»".includes(char)) {
      // ’ is also an apostrophe ("Pakistan’s"): only close when inside a quote.
      if (depth > 0) depth--;
    } else if (depth === 0 && /[,;:—–]/.test(char)) found.push(i);
    else if (depth === 0 && char === " " && text[i + 1] === "-" && text[i + 2] === " ") found.push(i);
  }
  return found;
}

/** The first sentence of `text`, a headline of at most ~90 characters. */
export function makeHeadline(text: string): string {
  let headline = text.replace(/\s+/g, " ").trim();
  // Only the first sentence: a period followed by a capital ends it.
  const sentenceEnd = /[.!?](?=\s+[\p{Lu}“"‘])/u.exec(headline);
  if (sentenceEnd) headline = headline.slice(0, sentenceEnd.index);
  headline = headline.replace(/[.\s]+$/, "");
  if (headline.length <= MAX) return headline;
  const cuts = clauseBoundaries(headline).filter((index) => index >= 30 && index <= MAX);
  if (cuts.length > 0) return headline.slice(0, cuts[cuts.length - 1]).trim();
  // No clause boundary: cut at the last word that fits and mark the cut.
  const words = headline.slice(0, MAX).split(" ");
  words.pop();
  return `${words.join(" ").replace(/[,;:]$/, "")}…`;
}
