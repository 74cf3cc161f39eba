// The hand-written word scanners give what the regexes they replace gave, on any string.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords } from "../../src/summarise/sentences/count-words.ts";
import { contentStem, splitWords, tokenizeWords } from "../../src/summarise/sentences/tokenize-words.ts";

/** Characters where a scanner could slip: Unicode spaces, curly quotes, accents, astral letters, lone surrogates. */
const tricky = fc.constantFrom(
  "a",
  "B",
  "1",
  " ",
  "\u00a0",
  "\u2009",
  "\u3000",
  "\ufeff",
  "\u200b",
  "’",
  "“",
  "é",
  "É",
  "İ",
  "ß",
  "Ⅻ",
  "٣",
  "\ud835\udc00",
  "\ud800",
  "\n",
  "\t",
  ".",
  "-",
);
const texts = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.array(tricky, { maxLength: 30 }).map((chars) => chars.join("")),
);

describe("countWords", () => {
  it("counts the whitespace pieces that hold a letter or digit, and the capitalised ones after the first", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const pieces = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
        const capitalised = pieces.slice(1).filter((w) => /^[^\p{L}\p{N}]*\p{Lu}/u.test(w)).length;
        expect(countWords(text)).toEqual({ words: pieces.length, capitalised });
      }),
      { numRuns: 3000 },
    );
  });
});

describe("splitWords", () => {
  it("splits lower-cased text on everything but letters and digits", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(splitWords(text)).toEqual(
          text
            .toLowerCase()
            .split(/[^\p{L}\p{N}]+/u)
            .filter((w) => w.length > 0),
        );
      }),
      { numRuns: 3000 },
    );
  });
});

describe("tokenizeWords", () => {
  it("gives the content stems of splitWords' words, in order, whatever the text", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(tokenizeWords(text)).toEqual(splitWords(text).map(contentStem).filter(Boolean));
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps giving the right stems once its memo of 50,000 words has filled and been cleared", () => {
    const text = Array.from({ length: 60_000 }, (_, i) => `Word${i.toString(36)}ings`).join(" ");
    const expected = splitWords(text).map(contentStem).filter(Boolean);
    expect(tokenizeWords(text)).toEqual(expected);
    expect(tokenizeWords(text)).toEqual(expected);
  });
});
