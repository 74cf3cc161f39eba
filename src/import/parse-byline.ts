// Finds a byline paragraph ("By Jane Doe", "By Jane Doe, Reuters") that opens a story's body.
import { plainText } from "../model/plain-text.ts";

// Words that may sit lower-case inside a name: "Ursula von der Leyen", "Ali bin Hassan".
const PARTICLES = new Set([
  "and",
  "&",
  "de",
  "del",
  "der",
  "van",
  "von",
  "den",
  "al",
  "el",
  "bin",
  "ibn",
  "la",
  "le",
  "du",
  "da",
  "di",
  "dos",
  "y",
]);
// "By Monday, …" and "By March the plan…" start sentences, not bylines.
const NOT_NAMES =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tomorrow|yesterday|then|now|contrast|comparison|law|far|all|some|most|many|the|a|an)$/i;

/** The byline in `paragraph` (without "By"), or undefined when the paragraph is not a byline. */
export function parseByline(paragraph: string): string | undefined {
  const text = plainText(paragraph);
  const match = /^by:?\s+(.{2,100})$/i.exec(text);
  if (!match || /[.!?]["”’]?$/.test(text.replace(/\b(Jr|Sr|[A-Z])\.$/, ""))) return undefined;
  const byline = match[1]!.trim();
  // The name is what comes before a comma, a bar or a dash ("Jane Doe, Reuters", "Jane Doe | AP").
  const name = byline.split(/\s*[,|/]\s*|\s+[-–—]\s+/)[0]!;
  const words = name.split(/\s+/);
  if (words.length > 10 || NOT_NAMES.test(words[0]!)) return undefined;
  const nameLike = words.every((word) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(word) || PARTICLES.has(word.toLowerCase()));
  return nameLike && /^[\p{Lu}]/u.test(words[0]!) ? byline : undefined;
}
