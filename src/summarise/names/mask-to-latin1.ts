// Masks letters outside Latin-1 with Latin-1 look-alikes of the same length, since wink's tokenizer cuts words at them ("Erdo" "ğ" "an").

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
  // Most articles are plain ASCII or Latin-1: nothing to do.
  if (!/[^\u0000-\u00ff]/.test(text)) return text;
  return text.replace(/[\p{L}\p{M}]/gu, (letter) => {
    if (letter.length === 1 && letter.charCodeAt(0) <= 0xff) return letter;
    const one = /\p{M}/u.test(letter) ? "x" : standIn(letter);
    return one.padEnd(letter.length, "x");
  });
}
