// Masks letters outside Latin-1 with Latin-1 look-alikes of the same length, since wink's tokenizer cuts words at them ("Erdo" "ğ" "an").

/** A character (a code point) beyond Latin-1. */
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/gu;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const MARK = /\p{M}/u;

/** A Latin-1 stand-in for one letter: its base letter when it has one ("ğ" → "g"), else "x" in its case. */
function standIn(letter: string): string {
  const base = letter.normalize("NFD")[0] ?? "";
  if (/^[A-Za-z]$/.test(base)) return base;
  return letter === letter.toLowerCase() ? "x" : "X";
}

/**
 * `text` with every letter above U+00FF replaced by a Latin-1 letter, one UTF-16 unit
 * for one (a letter outside the Basic Multilingual Plane becomes two), so that a
 * token's offsets in the masked text are its offsets in `text`. Marks that join a
 * letter (U+0300–U+036F) become "x" too, keeping the word whole.
 */
export function maskToLatin1(text: string): string {
  // Only what lies beyond Latin-1 is looked at: most articles have a few curly quotes there and no letter.
  return text.replace(BEYOND_LATIN1, (char) => {
    if (!LETTER_OR_MARK.test(char)) return char;
    const one = MARK.test(char) ? "x" : standIn(char);
    return one.padEnd(char.length, "x");
  });
}
