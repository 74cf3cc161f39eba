// A digest depends on its article alone, not on which articles the process digested before it: a cached digest is
// then what a clean build would make, whichever worker made it, after whichever articles.
import { describe, expect, it } from "vitest";
import { digestArticle } from "../../src/summarise/index.ts";
import { tagWords } from "../../src/summarise/sentences/tag-words.ts";

const tokens = (text: string) =>
  tagWords(text)
    .flat()
    .map((word) => word.value);

describe("an article read after others", () => {
  it("is split into the same words as when read first", () => {
    const text = "They lost the people's trust and more.";
    const first = tokens(text);
    expect(first).toEqual(["They", "lost", "the", "people", "'s", "trust", "and", "more", "."]);
    // wink keeps "people's" whole once it has met it before a comma, and would keep it whole ever after.
    tokens("It was the people's, not the king's, choice.");
    expect(tokens(text)).toEqual(first);
  });

  it("gets the same digest: the same people, places and organisations", () => {
    const article = {
      title: "Publisher sells stake",
      text: "Milan businessman Carlo De Benedetti of Italy's largest publishing group said on Monday that he sold his stake.\n\nDe Benedetti said the sale was agreed last week. Carlo De Benedetti founded the group in the 1970s.",
    };
    const first = digestArticle(article);
    expect(first.places).toContain("Italy");
    digestArticle({ title: "Notes", text: "In Italy's, Europe's and the people's view, the talks failed." });
    expect(digestArticle(article)).toEqual(first);
  });
});
