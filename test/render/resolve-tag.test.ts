// The topic normaliser: source tags read into one vocabulary by rules (case, plural, compounds, evidence) and data.
import { describe, expect, it } from "vitest";
import { resolveTag, isCode } from "../../src/render/topics/resolve-tag.ts";
import { makeVocabulary, BUILT_IN_TOPICS } from "../../src/render/topics/read-topic-vocabulary.ts";
import { topicKey } from "../../src/render/topics/topic-key.ts";

// The built-in vocabulary has no synonyms: what these tests find, the rules find.
const { vocabulary } = makeVocabulary(BUILT_IN_TOPICS);
const topicOf = (tag: string) => {
  const reading = resolveTag(tag, vocabulary);
  return reading.kind === "topic" ? reading.name : reading.kind;
};

describe("the topic key", () => {
  it("sets case, plurals, '&' and punctuation aside", () => {
    expect(topicKey("Sports")).toBe(topicKey("sport"));
    expect(topicKey("ELECTIONS")).toBe(topicKey("Election"));
    expect(topicKey("Arts & Culture")).toBe(topicKey("art and culture"));
    expect(topicKey("Stories")).toBe(topicKey("story"));
    expect(topicKey("Business")).not.toBe(topicKey("Busines"));
  });
});

describe("reading a source tag", () => {
  it("folds case and plural variants into the vocabulary's name", () => {
    expect(topicOf("Sports")).toBe("Sport");
    expect(topicOf("sport")).toBe("Sport");
    expect(topicOf("POLITICS")).toBe("Politics");
    expect(topicOf("election")).toBe("Elections");
  });

  it("files an 'X and Y' compound under the topic one of its parts names", () => {
    expect(topicOf("Politics and conflicts")).toBe("Politics");
    expect(topicOf("Crime and law")).toBe("Crime and justice");
    expect(topicOf("Culture and entertainment")).toBe("Culture");
    expect(topicOf("Science and technology")).toBe("Science");
    expect(topicOf("Economy and business")).toBe("Business");
    expect(topicOf("Science/Tech")).toBe("Science");
    expect(topicOf("Accidents")).toBe("Disasters and accidents");
  });

  it("takes a tag's own words as evidence for a topic", () => {
    expect(topicOf("2020 United States presidential election")).toBe("Elections");
    expect(topicOf("2004 Indian Ocean earthquake and tsunami")).toBe("Disasters and accidents");
    expect(topicOf("Stock market")).toBe("Business");
    expect(topicOf("Music videos")).toBe("Culture");
    expect(topicOf("Football")).toBe("Sport");
  });

  it("follows the file's synonyms, and a file can add a topic of its own", () => {
    const edited = makeVocabulary({
      topics: ["Sport", "Brexit"],
      synonyms: { "Leaving the EU": "Brexit", Athletics: "Sport" },
    }).vocabulary;
    expect(resolveTag("Leaving the EU", edited)).toEqual({ kind: "topic", name: "Brexit" });
    expect(resolveTag("brexit", edited)).toEqual({ kind: "topic", name: "Brexit" });
    expect(resolveTag("athletics", edited)).toEqual({ kind: "topic", name: "Sport" });
  });

  it("drops codes, site sections and long phrases", () => {
    expect(resolveTag("_no-apple-news", vocabulary).kind).toBe("drop");
    expect(resolveTag("PFI-XAMP", vocabulary).kind).toBe("drop");
    expect(resolveTag("section:world", vocabulary).kind).toBe("drop");
    expect(resolveTag("a9f3c2e1b7", vocabulary).kind).toBe("drop");
    expect(resolveTag("no-apple-news", vocabulary).kind).toBe("drop");
    expect(resolveTag("Front Page", vocabulary).kind).toBe("drop");
    expect(resolveTag("front-page", vocabulary).kind).toBe("drop");
    expect(resolveTag("What the mayor said at the council meeting on Tuesday", vocabulary).kind).toBe("drop");
  });

  it("keeps other short names as candidates, with a capital letter", () => {
    expect(resolveTag("immigration", vocabulary)).toEqual({ kind: "open", name: "Immigration" });
    expect(resolveTag("COVID-19", vocabulary)).toEqual({ kind: "open", name: "COVID-19" });
    expect(resolveTag("정치", vocabulary)).toEqual({ kind: "open", name: "정치" });
  });

  it("tells codes from names", () => {
    for (const code of ["_no-apple-news", "PFI-XAMP", "x1y2z3", "12345", "noAppleNews", "type=article"])
      expect(isCode(code), code).toBe(true);
    for (const name of ["COVID-19", "G7", "Premier League", "9/11 attacks", "Brexit", "Élections"])
      expect(isCode(name), name).toBe(false);
  });
});
