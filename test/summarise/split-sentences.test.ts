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

  it("goes on after a time given with its zone or as a named time", () => {
    expect(
      splitSentences(
        "Akilisi Pohiva died today at 10:00 a.m. Tongan time (2100 UTC, yesterday) at the age of 78. He led Tonga.",
      ),
    ).toEqual([
      "Akilisi Pohiva died today at 10:00 a.m. Tongan time (2100 UTC, yesterday) at the age of 78.",
      "He led Tonga.",
    ]);
    expect(splitSentences("The polls closed at 8 p.m. EDT on Tuesday. Counting began.")).toHaveLength(2);
    expect(splitSentences("They met at 2 p.m. Eastern Time in Washington. Nothing was agreed.")).toHaveLength(2);
    // A time at a sentence's end still ends it.
    expect(splitSentences("The fire started at 3 a.m. Firefighters arrived soon after.")).toHaveLength(2);
  });

  it("goes on after a company's form followed by a bracket", () => {
    expect(
      splitSentences("HDT Védelmi Ipari Kft. (HDT Limited) acquired Hirtenberger Defence Group. The deal closed."),
    ).toEqual(["HDT Védelmi Ipari Kft. (HDT Limited) acquired Hirtenberger Defence Group.", "The deal closed."]);
    // A bracketed sentence after a full one is still a sentence of its own.
    expect(splitSentences("The minister resigned. (He returned a year later.)")).toHaveLength(2);
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
