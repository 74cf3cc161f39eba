// The sentence splitter on the hard cases of news copy, one fixture folder per case.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/summarise/sentences/split-sentences.ts";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/summarise/split");

describe("splitSentences", () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(`splits the '${name}' case as expected`, () => {
      const input = readFileSync(path.join(fixtures, name, "input.txt"), "utf8");
      const expected = JSON.parse(readFileSync(path.join(fixtures, name, "expected.json"), "utf8")) as string[];
      expect(splitSentences(input)).toEqual(expected);
    });
  }

  it("keeps 'Lt Gen' inside the sentence", () => {
    const sentences = splitSentences("DG ISPR Lt Gen Ahmed Sharif Chaudhry spoke. He left.");
    expect(sentences[0]).toContain("Lt Gen Ahmed Sharif Chaudhry");
    expect(sentences).toHaveLength(2);
  });

  it("returns no sentences for blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\n\t ")).toEqual([]);
  });

  it("never throws and never returns an empty sentence, whatever the string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (text) => {
        const sentences = splitSentences(text);
        expect(sentences.every((s) => s.trim().length > 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps every word of the text, in order", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom("Dr.", "U.S.", "said", "He", "it.", "Jan.", "5", "p.m.", '"Yes."', "...", "3.5", "\n\n"),
          { maxLength: 40 },
        ),
        (parts) => {
          const text = parts.join(" ");
          const words = (s: string): string[] => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
          expect(words(splitSentences(text).join(" "))).toEqual(words(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});
