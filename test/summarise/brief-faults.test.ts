// Briefs that stand on their own: what each kind of broken brief looks like, and that the summariser avoids it.
import { describe, expect, it } from "vitest";
import { cleanSentence } from "../../src/summarise/sentences/clean-sentence.ts";
import {
  findBriefFaults,
  leansBack,
  namesInFull,
  openingSurname,
  sentenceFaults,
} from "../../src/summarise/brief/find-brief-faults.ts";
import { fitBrief, introductionEnd } from "../../src/summarise/brief/fit-brief.ts";
import { splitSentences, summarise } from "../../src/summarise/index.ts";

const sentencesOf = (text: string) => splitSentences(text).map(cleanSentence);
/** The summary, checked to be sentences of the text, word for word, and the faults it has. */
function briefOf(text: string, sentences = 3): { brief: string[]; faults: string[] } {
  const brief = summarise({ text }, { sentences });
  const article = sentencesOf(text);
  for (const sentence of brief)
    expect(article, "a brief sentence is a sentence of the text, unedited").toContain(sentence);
  return { brief, faults: findBriefFaults(brief, article) };
}

const QUOTE_ACROSS = [
  "The city council approved a new budget for the coming year on Tuesday after a long debate.",
  "“This budget protects every one of our schools and libraries.",
  "It also fixes the roads that residents have complained about for years,” said the council's leader, Ana Ruiz.",
  "Spending on parks and public pools will rise by ten percent next year under the plan.",
  "The council will meet again in March to review how the budget is being spent.",
].join(" ");

const INTERVIEW = [
  "Wikinews spoke this week with Jane Okafor, a marine biologist who studies the coral reefs off the coast of Kenya.",
  "Okafor has led the national reef survey since 2019 and published its first results in March.",
  "",
  "**Wikinews:** What did the survey find on the reefs it visited?",
  "",
  "**Jane Okafor:** We found that half of the reefs we visited had bleached during the summer heat.",
  "",
  "**Wikinews:** What comes next for the survey and for the reefs?",
  "",
  "**Jane Okafor:** We go back in June to measure the recovery, reef by reef, with divers from three countries.",
  "",
  "**Wikinews:** Is there reason for hope about the reefs in the long run?",
  "",
  "**Jane Okafor:** Some reefs recovered within two years after the last great bleaching, which gives us hope.",
].join("\n");

describe("a brief that stands on its own", () => {
  it("never leaves a quotation open, choosing other sentences instead", () => {
    expect(sentenceFaults("“This budget protects every one of our schools and libraries.")).toContain("open-quotation");
    const { brief, faults } = briefOf(QUOTE_ACROSS);
    expect(faults).not.toContain("open-quotation");
    expect(brief).toHaveLength(3);
  });

  it("accepts a quotation that opens and closes within one sentence", () => {
    expect(sentenceFaults("“We will rebuild the bridge by spring,” the mayor said on Monday.")).toEqual([]);
  });

  it("summarises an interview from its introduction, never from the questions and answers", () => {
    expect(introductionEnd(sentencesOf(INTERVIEW))).toBe(2);
    const { brief, faults } = briefOf(INTERVIEW);
    expect(brief).toEqual([
      "Wikinews spoke this week with Jane Okafor, a marine biologist who studies the coral reefs off the coast of Kenya.",
      "Okafor has led the national reef survey since 2019 and published its first results in March.",
    ]);
    expect(faults).toEqual([]);
  });

  it("never takes a sentence with a speaker label, even outside an interview", () => {
    expect(sentenceFaults("William S. Saturn: What qualifications do you bring to the office?")).toContain(
      "speaker-label",
    );
    expect(sentenceFaults("The minister said: “We will not give up.”")).not.toContain("speaker-label");
    const text = [
      "Voters in the northern district chose a new representative on Sunday in a close race.",
      "Q: Why did turnout fall so sharply in the northern district this year?",
      "Officials blamed the heavy rain that fell across the district for most of the day.",
      "The winner, a former teacher, will take her seat in parliament next month.",
    ].join("\n\n");
    expect(briefOf(text).faults).toEqual([]);
  });

  it("never takes a heading or a caption: a paragraph of its own that does not end as a sentence", () => {
    expect(sentenceFaults("How The Onion writes an issue", true)).toEqual(["heading"]);
    expect(sentenceFaults("Police said the fire began in the kitchen", false)).toEqual([]);
    const text = [
      "## How the survey works",
      "Divers from three countries counted the fish on forty reefs along the coast this spring.",
      "Pictured: a diver counting fish near Mombasa",
      "The count found fewer parrotfish than in any year since records began in 1990.",
      "Scientists said fishing and warmer water were the most likely causes of the decline.",
    ].join("\n\n");
    const { brief, faults } = briefOf(text);
    expect(faults).toEqual([]);
    expect(brief).not.toContain("How the survey works");
    expect(brief).not.toContain("Pictured: a diver counting fish near Mombasa");
  });

  it("takes a sentence opening with a pronoun or connective only after the sentence it leans on", () => {
    expect(leansBack("He had not made a public appearance since 2014.")).toBe(true);
    expect(leansBack("However, the court disagreed with the ruling.")).toBe(true);
    expect(leansBack("This Sunday, an inventor crossed the Channel.")).toBe(false);
    expect(leansBack("Heavy rain fell across the region.")).toBe(false);
    const sentences = [
      "The former president died at home on Thursday.",
      "The news came from his family.",
      "He had been ill for a long time.",
      "However, doctors had expected him to recover.",
    ];
    const accept = fitBrief(sentences);
    // A pronoun needs someone named before it in the brief; a connective needs the very sentence before it.
    expect(accept(2, [])).toBe(false);
    expect(accept(2, [0])).toBe(true);
    expect(accept(3, [0])).toBe(false);
    expect(accept(3, [0, 2])).toBe(true);
  });

  it("finds a surname's full name wherever it stands before the sentence, and nowhere after it", () => {
    const sentence = "Asif noted that talks would go on.";
    // Named in full only at the second mention; a longer word holding the surname is not it.
    expect(openingSurname(sentence, "Asif spoke first. Asifa Khan agreed. Defence Minister Khawaja Asif, later")).toBe(
      "Asif",
    );
    expect(openingSurname(sentence, "Asif spoke first. Asifa Khan agreed. Khawaja Asifs")).toBeUndefined();
    // A capital inside the word before counts, as in "McDonald"; a line break is white space.
    expect(namesInFull("said mcDonald\nAsif.", "Asif")).toBe(true);
    expect(namesInFull("said the Asif.", "Asif")).toBe(false);
    // Only the text before the sentence counts: the article's text up to `end`.
    const article = " Asif spoke first. Minister Khawaja Asif answered.";
    expect(openingSurname(sentence, article, article.indexOf("Khawaja"))).toBeUndefined();
    expect(openingSurname(sentence, article, article.indexOf(" answered"))).toBe("Asif");
    const accept = fitBrief([
      "Asif spoke first.",
      "Minister Khawaja Asif answered.",
      "Asif noted that talks would go on.",
    ]);
    expect(accept(2, [0])).toBe(false);
    expect(accept(2, [1])).toBe(true);
  });

  it("prefers the sentence naming a person in full to one opening with the surname alone", () => {
    expect(
      openingSurname(
        "Murphy claimed she made the decision alone.",
        "Emily Murphy, the head of the agency, wrote a letter.",
      ),
    ).toBe("Murphy");
    expect(openingSurname("Murphy claimed she made the decision alone.", "The agency wrote a letter.")).toBeUndefined();
    const text = [
      "The head of the General Services Administration, Emily Murphy, wrote to the president-elect on Monday to begin the transition.",
      "The letter gives the incoming team access to offices, money and government officials.",
      "Murphy claimed she made the decision without influence from the White House or anyone else.",
      "Murphy said she and her family had received threats over the delay in recent weeks.",
      "The transition will now go ahead, three weeks after the election was called.",
    ].join(" ");
    const { brief, faults } = briefOf(text, 2);
    expect(faults).toEqual([]);
    const murphy = brief.findIndex((sentence) => sentence.startsWith("Murphy"));
    if (murphy >= 0) expect(brief.slice(0, murphy).join(" ")).toContain("Emily Murphy");
  });

  it("counts the faults of a broken brief, each kind once", () => {
    const article = [
      "Frank Messina: An Interview with the poet",
      "David Shankbone: You have received attention.",
      "He smiled.",
      "“It was a fine day.",
    ];
    expect(findBriefFaults(article.slice(0, 4), article, article)).toEqual([
      "open-quotation",
      "speaker-label",
      "heading",
    ]);
    expect(findBriefFaults([article[2]!], article)).toEqual(["unintroduced"]);
  });
});
