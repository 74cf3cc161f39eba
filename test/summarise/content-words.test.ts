import { describe, expect, it } from "vitest";
import {
  contentWords,
  countedWords,
  countWords,
  openingWords,
  readCountedWords,
} from "../../src/summarise/sentences/content-words.ts";
import { stem } from "../../src/summarise/sentences/tokenize-words.ts";
import { STOPWORDS } from "../../src/util/stopwords.ts";

/** The definition the scanner must keep: the regex it replaced, then the stopwords out, "'s" off, stemmed. */
const byRegex = (text: string): string[] =>
  (text.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]{3,}/gu) ?? [])
    .filter((word) => !STOPWORDS.has(word))
    .map((word) => stem(word.replace(/['’]s?$/, "")));

describe("contentWords", () => {
  it("keeps words of four characters or more from their first letter, without stopwords, stemmed", () => {
    expect(
      contentWords("The Minister's 2024 plan: re-elected, COVID-19 and Ângela’s rôle — but not 'tis or 42nd"),
    ).toEqual(byRegex("The Minister's 2024 plan: re-elected, COVID-19 and Ângela’s rôle — but not 'tis or 42nd"));
    // "hit" and "São" are too short; "Paulo's" loses its "'s".
    expect(contentWords("Flooding hit São Paulo's poorest districts")).toEqual([
      "flood",
      "paulo",
      "poorest",
      "district",
    ]);
  });

  it("finds the same words as the regex on texts of letters from many scripts, digits, apostrophes and hyphens", () => {
    const alphabet = [
      "a",
      "b",
      "Z",
      "é",
      "É",
      "1",
      "²",
      "'",
      "’",
      "-",
      " ",
      ".",
      "İ",
      "ß",
      "𝒜",
      "\ud835",
      "日",
      "ñ",
      "s",
      "Ω",
      "٣",
      "_",
      "‐",
    ];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let run = 0; run < 20_000; run++) {
      let text = "";
      for (let length = Math.floor(random() * 24); length > 0; length--)
        text += alphabet[Math.floor(random() * alphabet.length)];
      expect(contentWords(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });

  it("writes a text's word counts as one string that reads back to the same counts, in the same order", () => {
    const text =
      "Ferries sailed; the ferry's harbour reopened. Harbour staff said ferries sail daily from the harbour.";
    expect(countedWords(text)).toBe("ferri:3 sail:2 harbour:3 reopen staff daili");
    expect([...readCountedWords(countedWords(text))]).toEqual([...countWords(text)]);
    expect(readCountedWords(countedWords("")).size).toBe(0);
  });

  it("reads only a text's opening for openingWords", () => {
    const text = `${"Parliament debated the budget. ".repeat(200)}Earthquake`;
    expect(openingWords(text)).not.toContain("earthquak");
    expect(openingWords(text).split(" ").slice(0, 3)).toEqual(["parliament", "debat", "budget"]);
  });
});
