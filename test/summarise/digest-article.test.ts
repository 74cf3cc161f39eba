// The full digest of the seed article: entities merged and typed, keywords, key points, reading time.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { digestArticle } from "../../src/summarise/index.ts";
import { isVariantOf } from "../../src/summarise/names/merge-names.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const seed = readFileSync(path.resolve(here, "../fixtures/summarise/seed/input.txt"), "utf8");
const digest = digestArticle({
  title: "Pakistan wants respectful ties with Afghanistan, says Khawaja Asif",
  text: seed,
});

describe("digestArticle on the seed article", () => {
  it("reports Khawaja Asif once, by his full name, not as 'Asif' or 'Kh Asif'", () => {
    expect(digest.people).toContain("Khawaja Asif");
    expect(digest.people).not.toContain("Asif");
    expect(digest.people).not.toContain("Kh Asif");
  });

  it("reports Ahmed Sharif Chaudhry without his titles", () => {
    expect(digest.people).toContain("Ahmed Sharif Chaudhry");
    expect(digest.people.some((p) => /\b(Lt|Gen|DG|ISPR|Minister|Defence)\b/.test(p))).toBe(false);
  });

  it("types Pakistan, Afghanistan, Kabul and Islamabad as places", () => {
    expect(digest.places).toEqual(expect.arrayContaining(["Pakistan", "Afghanistan", "Kabul", "Islamabad"]));
    expect(digest.people).not.toContain("Kabul");
  });

  it("types the TTP as an organisation", () => {
    expect(digest.organisations).toContain("TTP");
  });

  it("summarises in three sentences", () => {
    expect(digest.summary).toHaveLength(3);
  });

  it("finds keywords from the story's subject", () => {
    expect(digest.keywords.length).toBeGreaterThan(3);
    expect(digest.keywords.join(" ")).toMatch(/terroris/);
  });

  it("counts words and rounds reading time to whole minutes at 230 a minute", () => {
    expect(digest.wordCount).toBeGreaterThan(400);
    expect(digest.wordCount).toBeLessThan(440);
    expect(digest.readingMinutes).toBe(Math.max(1, Math.round(digest.wordCount / 230)));
  });
});

describe("isVariantOf", () => {
  it("matches a surname, an abbreviated first name, and an initial to the full name", () => {
    expect(isVariantOf(["Asif"], ["Khawaja", "Asif"])).toBe(true);
    expect(isVariantOf(["Kh", "Asif"], ["Khawaja", "Asif"])).toBe(true);
    expect(isVariantOf(["K.", "Asif"], ["Khawaja", "Asif"])).toBe(true);
  });

  it("does not merge a first name alone or a different surname", () => {
    expect(isVariantOf(["Ahmed"], ["Ahmed", "Sharif", "Chaudhry"])).toBe(false);
    expect(isVariantOf(["Nawaz", "Sharif"], ["Ahmed", "Sharif", "Chaudhry"])).toBe(false);
    expect(isVariantOf(["Imran", "Asif"], ["Khawaja", "Asif"])).toBe(false);
  });
});
