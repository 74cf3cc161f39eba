// Finds a headline written as a bare first line of a plain-text story: short, no end punctuation, a blank line after.
import { readHeaderLine } from "./header-labels.ts";
import { parseByline } from "./parse-byline.ts";
import { parseDateline } from "./parse-dateline.ts";

/** Longest headline taken from a bare line (default: 150 characters); a longer line is a paragraph. */
const MAX_LENGTH = 150;
/** Most words in such a headline (default: 25). */
const MAX_WORDS = 25;

/**
 * The headline on the first non-blank line from `start`, and the line after the blank that follows it; undefined
 * when that line reads as something else: a sentence (end punctuation), a paragraph, a bullet, a byline, a
 * dateline, a header, a single word, or the story's only text.
 */
export function readBareHeadline(lines: string[], start: number): { title: string; next: number } | undefined {
  let at = start;
  while (at < lines.length && lines[at]!.trim() === "") at++;
  const line = lines[at]?.trim().replace(/\s+/g, " ");
  if (!line || line.length > MAX_LENGTH) return undefined;
  const words = line.split(" ");
  if (words.length < 2 || words.length > MAX_WORDS || !/\p{L}/u.test(line)) return undefined;
  // A sentence ends with punctuation, possibly inside a closing quote or bracket; a headline does not.
  if (/[.,;:!?…]["”’»)\]]*$/u.test(line)) return undefined;
  if (/^\s*(?:[-•*#>]|\d+[.)])\s/.test(line) || readHeaderLine(line) || parseByline(line) || parseDateline(line))
    return undefined;
  // A blank line after it, then more text.
  if (lines[at + 1] === undefined || lines[at + 1]!.trim() !== "") return undefined;
  let next = at + 1;
  while (next < lines.length && lines[next]!.trim() === "") next++;
  if (next >= lines.length) return undefined;
  return { title: line, next };
}
