// The newspaper section of a story, from a word list per section: Wikinews stories land where their categories say.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifySection, classifyStems, SECTIONS } from "../../src/summarise/sections/classify-section.ts";
import { splitSentences } from "../../src/summarise/sentences/split-sentences.ts";
import { toPlainBlocks } from "../../src/summarise/sentences/to-plain-blocks.ts";
import { tokenizeWords } from "../../src/summarise/sentences/tokenize-words.ts";
import { digestArticle } from "../../src/summarise/index.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const stories = readFileSync(path.resolve(here, "../fixtures/summarise/sections/wikinews-categorised.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; title: string; text: string; section: string });

describe("classifySection", () => {
  for (const story of stories) {
    it(`files '${story.title}' under ${story.section}`, () => {
      expect(classifySection(story.text, story.title)).toBe(story.section);
    });
  }

  it("files a story with no section's words under World", () => {
    expect(classifySection("The two leaders met in the capital on Tuesday and shook hands for the cameras.")).toBe(
      "World",
    );
  });

  it("lets the title decide between two sections the body mentions equally", () => {
    const body = "The club's striker scored twice. The company said shares rose.";
    expect(classifySection(body, "Football club wins cup final")).toBe("Sport");
    expect(classifySection(body, "Company shares rise on profit")).toBe("Business");
  });

  it("breaks a tie by the fixed order of sections", () => {
    // One cue of weight 3 each for Business ("profits") and Sport ("football"): Business comes first.
    expect(classifySection("profits football profits football")).toBe("Business");
  });

  it("ignores function words that a cue word stems onto ('innings' → 'in')", () => {
    expect(
      classifySection("He was in the city, in a hotel, in the rain, in the morning, in a hurry, in fact in love."),
    ).toBe("World");
  });

  it("always answers with one of the fixed sections", () => {
    for (const story of stories) expect(SECTIONS).toContain(classifySection(story.text.slice(0, 200)));
  });

  it("puts the section in the digest", () => {
    const story = stories.find((s) => s.section === "Sport")!;
    expect(digestArticle({ title: story.title, text: story.text }).section).toBe("Sport");
  });
});

describe("classifyStems", () => {
  /** Pieces where splitting could cut or drop a word: full stops, "end.Next", dotted acronyms, quotes, Markdown, blank lines. */
  const piece = fc.constantFrom(
    "Police",
    "arrested",
    "the",
    "U.S.",
    "Dr.",
    "No.",
    "1.",
    "a.m.",
    "end.Next",
    "3.5",
    "“Quote”",
    "said.",
    "Why?",
    "Go!",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "- ",
    "# ",
    "**bold**",
    "é",
    "İstanbul",
    "—",
    "(CNN)",
    "LONDON:",
    "...",
    "’s",
  );
  const text = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(""));

  it("finds in the sentences as split the same words as in the whole text, so a digest can score sections on them", () => {
    fc.assert(
      fc.property(text, (body) => {
        const blocks = toPlainBlocks(body);
        const stems = splitSentences(body, { blocks }).map(tokenizeWords);
        expect(stems.flat()).toEqual(tokenizeWords(blocks.join("\n\n")));
        expect(classifyStems(stems, "Match report")).toBe(classifySection(blocks.join("\n\n"), "Match report"));
      }),
      { numRuns: 2000 },
    );
  });
});
