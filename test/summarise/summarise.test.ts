// The extractive summary: length, order, determinism, and what it leaves out.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { splitSentences, summarise } from "../../src/summarise/index.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const seed = readFileSync(path.resolve(here, "../fixtures/summarise/seed/input.txt"), "utf8");
const wikinews = readFileSync(path.resolve(here, "../fixtures/summarise/wikinews-sample.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { title: string; text: string });

describe("summarise", () => {
  it("returns three sentences by default, each a sentence of the body", () => {
    const summary = summarise({ text: seed });
    const body = splitSentences(seed);
    expect(summary).toHaveLength(3);
    for (const sentence of summary) expect(body.some((b) => b.endsWith(sentence))).toBe(true);
  });

  it("returns the number of sentences asked for", () => {
    for (const sentences of [1, 2, 5]) expect(summarise({ text: seed }, { sentences })).toHaveLength(sentences);
  });

  it("returns the sentences in article order", () => {
    for (const article of wikinews) {
      const body = splitSentences(article.text);
      // A summary sentence may have lost a dateline ("MOSCOW — "), so match on the sentence's end.
      const positions = summarise(article, { sentences: 4 }).map((s) => body.findIndex((b) => b.endsWith(s)));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });

  it("gives the same summary on every run", () => {
    for (const article of wikinews) expect(summarise(article)).toEqual(summarise({ ...article }));
  });

  it("returns the whole body when it has no more sentences than asked for", () => {
    expect(summarise({ text: "One short story here. It has two sentences." })).toEqual([
      "One short story here.",
      "It has two sentences.",
    ]);
  });

  it("returns nothing for an empty body or zero sentences", () => {
    expect(summarise({ text: "" })).toEqual([]);
    expect(summarise({ text: seed }, { sentences: 0 })).toEqual([]);
  });

  it("leaves bylines and share prompts out of the summary", () => {
    const text =
      "By . Daily Mail Reporter . PUBLISHED: . 12:53 EST, 3 May 2013 . A fire destroyed a school in Leeds on Monday night. " +
      "Nobody was hurt in the blaze, the fire service said. Click here to share this story with your friends today. " +
      "The school will stay closed for the rest of the week while engineers inspect the building.";
    const summary = summarise({ text }, { sentences: 3 });
    expect(summary.join(" ")).not.toMatch(/Daily Mail Reporter|PUBLISHED|Click here/);
    expect(summary[0]).toBe("A fire destroyed a school in Leeds on Monday night.");
  });

  it("leaves a wiki's notes to its editors out of the summary", () => {
    const text =
      "-Article last amended: Mar 17 at 3:24:55 UTC (history)Please check the talk page history before reviewing. " +
      "The spread of coronavirus in late 2019 led to a global pandemic, affecting daily life. " +
      "Originating in Wuhan, China, the virus spread globally, and by March drastic measures were taken. " +
      "Sex workers in Mumbai said the lockdown left them without any income for months.";
    const summary = summarise({ text }, { sentences: 3 });
    expect(summary.join(" ")).not.toMatch(/amended|talk page/);
    expect(summary[0]).toBe("The spread of coronavirus in late 2019 led to a global pandemic, affecting daily life.");
  });

  it("drops the dateline and agency tag from the first sentence", () => {
    const summary = summarise(
      { text: "LONDON, England (CNN) -- A fire destroyed a school in Leeds on Monday night. More follows." },
      { sentences: 1 },
    );
    expect(summary).toEqual(["A fire destroyed a school in Leeds on Monday night."]);
  });
});
