// Chooses an article's language from what its page declares and what its text is written in.
import { detectLanguage } from "./detect-language.ts";

/** Letters of text below which the declared language always stands (default: 200): too little to contradict it. */
const MIN_LETTERS = 200;
/** Letters a paragraph needs to get a say of its own (default: 80); shorter ones join the next. */
const PARAGRAPH_LETTERS = 80;
/** Share of the paragraphs that must be in the detected language for it to win (default: 2/3). */
const MAJORITY = 2 / 3;
/**
 * Languages so close that a detector confuses them on news text: between these the page's declaration stands
 * (a Portuguese story is not re-labelled Spanish, nor Dutch German).
 */
const NEIGHBOURS = [
  ["es", "pt", "gl", "ca"],
  ["de", "nl", "af", "lb"],
  ["da", "no", "nb", "nn", "sv"],
  ["cs", "sk"],
  ["hr", "sr", "bs"],
  ["ru", "uk", "be", "bg"],
  ["id", "ms"],
  ["hi", "ur"],
];

const letters = (text: string) => text.replace(/[^\p{L}]/gu, "").length;

/** The text in pieces of at least PARAGRAPH_LETTERS letters, paragraph by paragraph. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let current = "";
  for (const paragraph of text.split(/\n+/)) {
    current = current ? `${current} ${paragraph}` : paragraph;
    if (letters(current) >= PARAGRAPH_LETTERS) {
      out.push(current);
      current = "";
    }
  }
  if (current && out.length === 0) out.push(current);
  return out;
}

/**
 * The declared language (a page's `lang`, a feed's field) unless the text clearly says otherwise: a site that
 * declares `lang="de"` on every page also publishes stories in English, and those must be indexed and stemmed as
 * English. Clearly means: enough text, not a close neighbour, and most of its paragraphs read in that other language.
 * Without a declaration, the detected language.
 */
export function resolveLanguage(declared: string | undefined, text: string): string {
  const detected = detectLanguage(text);
  if (!declared) return detected;
  if (detected === "und" || detected === declared) return declared;
  if (letters(text.slice(0, 2000)) < MIN_LETTERS) return declared;
  if (NEIGHBOURS.some((group) => group.includes(declared) && group.includes(detected))) return declared;
  const parts = pieces(text.slice(0, 4000));
  const agreeing = parts.filter((part) => detectLanguage(part) === detected).length;
  return agreeing >= parts.length * MAJORITY ? detected : declared;
}
