// The fast language detector gives franc-min's answer, so importing an article never changes its language.
import fc from "fast-check";
import { franc } from "franc-min";
import { data } from "franc-min/data.js";
import { describe, expect, it } from "vitest";
import { topLanguage } from "../../src/import/top-language.ts";

/** Trigrams of every franc-min model, so that random text reads as some language (and often as two close ones). */
const trigrams = Object.values(data).flatMap((byLanguage) =>
  Object.values(byLanguage).flatMap((model) => model.split("|")),
);

describe("topLanguage", () => {
  it("names the same language as franc-min for text in any of its languages, mixed, cased or padded", () => {
    const piece = fc.oneof(
      fc.constantFrom(...trigrams),
      fc.constantFrom(" ", "1, ", "! ", "\n\n"),
      fc.string({ unit: "grapheme", maxLength: 4 }),
    );
    const text = fc
      .array(piece, { maxLength: 900 })
      .chain((pieces) => fc.constantFrom(pieces.join(""), pieces.join("").toUpperCase()));
    fc.assert(
      fc.property(text, fc.constantFrom(10, 40), (sample, minLength) => {
        expect(topLanguage(sample, minLength)).toBe(franc(sample, { minLength }));
      }),
      { numRuns: 2000 },
    );
  });

  it("names franc-min's language for text mostly in Latin script with other scripts mixed in", () => {
    const latin = Object.values(data["Latin"]!).flatMap((model) => model.split("|"));
    const other = Object.entries(data)
      .filter(([script]) => script !== "Latin")
      .flatMap(([, byLanguage]) => Object.values(byLanguage).flatMap((model) => model.split("|")));
    const text = fc
      .tuple(
        fc.array(fc.constantFrom(...latin), { maxLength: 400 }),
        fc.array(fc.constantFrom(...other), { maxLength: 300 }),
      )
      .map(([a, b]) => [...a, ...b].sort().join(" "));
    fc.assert(
      fc.property(text, (sample) => {
        expect(topLanguage(sample, 10)).toBe(franc(sample, { minLength: 10 }));
      }),
      { numRuns: 500 },
    );
  });

  it("tells a French article from an English one, as franc does", () => {
    const french =
      "Le gouvernement a annoncé mardi une réforme des retraites qui sera présentée au Parlement dans les prochaines semaines.";
    const english =
      "The government announced on Tuesday a pension reform that will be presented to Parliament in the coming weeks.";
    expect(topLanguage(french, 40)).toBe("fra");
    expect(topLanguage(english, 40)).toBe("eng");
  });
});
