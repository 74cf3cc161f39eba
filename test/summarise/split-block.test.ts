// splitBlock keeps sbd's splits, quirks included: the summaries were tuned on them (expected values are sbd 1.0.19's output).
import { describe, expect, it } from "vitest";
import { splitBlock } from "../../src/summarise/sentences/split-block.ts";

/** [block, sentences as sbd split them with our abbreviations]. */
const CASES: [string, string[]][] = [
  // sbd drops the full stop when it cuts a word glued across one.
  ["He left.Then she arrived at noon.", ["He left", "Then she arrived at noon."]],
  ["1. Buy milk 2. Sell eggs.", ["1. Buy milk 2. Sell eggs."]],
  ["It ended at 5 p.m. Monday was quiet.", ["It ended at 5 p.m. Monday was quiet."]],
  ["See No. 5 on the list. Then stop.", ["See No. 5 on the list.", "Then stop."]],
  ["The U.S. Army said so. He agreed.", ["The U.S. Army said so.", "He agreed."]],
  ["Visit www.example.com today. It works.", ["Visit www.example.com today.", "It works."]],
  // A "!" before a closing quote is no boundary; a "." before one is.
  ['"Stop." He did. "Go!" She went?', ['"Stop."', "He did.", '"Go!" She went?']],
  ["Mr. Smith met Dr. Jones at St. Paul's. They talked.", ["Mr. Smith met Dr. Jones at St. Paul's.", "They talked."]],
  ["J. R. R. Tolkien wrote it. Fans agree.", ["J. R. R. Tolkien wrote it.", "Fans agree."]],
  [
    "Prices rose 3.5 percent. Markets fell...and then rose. Fine.",
    ["Prices rose 3.5 percent.", "Markets fell...and then rose.", "Fine."],
  ],
];

describe("splitBlock", () => {
  for (const [block, sentences] of CASES) {
    it(`splits ${JSON.stringify(block)} as sbd did`, () => {
      expect(splitBlock(block)).toEqual(sentences);
    });
  }

  it("splits text with newlines and runs of spaces as sbd did, newlines being words", () => {
    expect(splitBlock("  One here.\n\nTwo  there. ")).toEqual(["One here.", "\n \n Two there."]);
  });

  it("returns nothing for blank text", () => {
    expect(splitBlock("")).toEqual([]);
    expect(splitBlock("   ")).toEqual([]);
  });
});
