// Counts a text's words, and the capitalised ones, in one pass over its characters.

/** A word is a run of non-space characters holding a letter or a digit (Unicode). */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A capitalised word: its first letter or digit is an upper-case letter. */
const CAPITALISED = /^[^\p{L}\p{N}]*\p{Lu}/u;

/** JavaScript's `\s`: the regexes this replaces split on it. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export interface WordCounts {
  /** Words, as `text.split(/\s+/)` pieces holding a letter or a digit. */
  words: number;
  /** Words after the first whose first letter or digit is a capital. */
  capitalised: number;
}

/**
 * Counts words as `text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w))` would,
 * without building the pieces: an ASCII word is judged by its character codes, and
 * only a word with other characters goes to the Unicode regexes.
 */
export function countWords(text: string): WordCounts {
  let words = 0;
  let capitalised = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    // 0: no letter or digit yet, 1: the first is a capital, 2: the first is something else.
    let first = 0;
    for (let code = text.charCodeAt(i); i < length && !isSpace(code); code = text.charCodeAt(++i)) {
      if (code >= 128) ascii = false;
      else if (first === 0) {
        if (code >= 65 && code <= 90) first = 1;
        else if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) first = 2;
      }
    }
    if (ascii) {
      if (first === 0) continue;
      if (words > 0 && first === 1) capitalised++;
      words++;
    } else {
      const word = text.slice(start, i);
      if (!LETTER_OR_DIGIT.test(word)) continue;
      if (words > 0 && CAPITALISED.test(word)) capitalised++;
      words++;
    }
  }
  return { words, capitalised };
}
