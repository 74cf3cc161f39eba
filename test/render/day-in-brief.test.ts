// The day in brief on editions made by hand: which stories lead, with which sentence, and the sections' counts.
import { describe, expect, it } from "vitest";
import { dayInBrief, leadSentence } from "../../src/render/day-in-brief.ts";
import { groupEditions } from "../../src/render/group-stories.ts";
import { toLabel, type Story } from "../../src/model/make-story.ts";

let next = 0;
const story = (title: string, overrides: Partial<Story> = {}): Story => {
  next += 1;
  return {
    inputPath: `content/articles/2025/09/13/s${next}.md`,
    url: `/2025/09/13/s${next}/`,
    title,
    date: new Date(Date.UTC(2025, 8, 13, 12, 0, 0) - next * 60_000),
    timeKnown: true,
    day: "2025-09-13",
    month: "2025-09",
    highlights: [],
    summary: [`${title} was reported on Saturday.`, "A second sentence follows it."],
    section: "World",
    sectionSlug: "world",
    topics: [],
    people: [],
    places: [],
    organisations: [],
    keywords: [],
    readingMinutes: 2,
    words: 400,
    draft: false,
    alsoReportedBy: [],
    ...overrides,
  } as Story;
};
const oneSection = (stories: Story[]) => [{ name: "World", stories }];
const titles = (brief: ReturnType<typeof dayInBrief>) => brief.leads.map((lead) => lead.story.title);

describe("the day in brief", () => {
  it("leads with the longest story when nothing else sets the stories apart", () => {
    const day = [
      story("Short note"),
      story("Long investigation", { words: 2400, readingMinutes: 11 }),
      story("Middle report", { words: 800 }),
    ];
    expect(titles(dayInBrief(oneSection(day)))).toEqual(["Long investigation", "Middle report", "Short note"]);
  });

  it("puts a story that several sources report above one of the same length that one source reports", () => {
    const day = [
      story("Single-source story"),
      story("Widely reported story", {
        alsoReportedBy: ["A", "B", "C"].map((source) => ({ source, title: "Another report", url: `/${source}/` })),
      }),
      story("Third story"),
      story("Fourth story"),
    ];
    expect(titles(dayInBrief(oneSection(day)))[0]).toBe("Widely reported story");
  });

  it("puts a story whose people and places other stories name too above one whose names are its own", () => {
    const minister = toLabel("Khawaja Asif");
    const kabul = toLabel("Kabul");
    const day = [
      story("Lone story", { people: [toLabel("Jane Roe")] }),
      story("Talks in Kabul", { people: [minister], places: [kabul] }),
      story("Minister visits border", { people: [minister], words: 300 }),
      story("Trade through Kabul", { places: [kabul], words: 300 }),
    ];
    const leads = titles(dayInBrief(oneSection(day)));
    expect(leads[0]).toBe("Talks in Kabul");
    expect(leads).not.toContain("Lone story");
  });

  it("lets hard news lead soft news of the same length", () => {
    const sections = [
      { name: "Culture", stories: [story("Festival opens", { section: "Culture" })] },
      { name: "Politics", stories: [story("Parliament votes", { section: "Politics" })] },
      { name: "Sport", stories: [story("Cup final", { section: "Sport" })] },
    ];
    expect(titles(dayInBrief(sections))[0]).toBe("Parliament votes");
  });

  it("gives three to five leads: about a third of a big day, every story of a small one", () => {
    const many = (count: number) =>
      Array.from({ length: count }, (_, i) =>
        story(`Story ${i}`, { section: ["World", "Politics", "Business", "Sport"][i % 4]! }),
      );
    const sectionsOf = (stories: Story[]) =>
      [...new Set(stories.map((s) => s.section))].map((name) => ({
        name,
        stories: stories.filter((s) => s.section === name),
      }));
    expect(dayInBrief(sectionsOf(many(2))).leads).toHaveLength(2);
    expect(dayInBrief(sectionsOf(many(4))).leads).toHaveLength(3);
    expect(dayInBrief(sectionsOf(many(12))).leads).toHaveLength(4);
    expect(dayInBrief(sectionsOf(many(40))).leads).toHaveLength(5);
  });

  it("takes no more than two leads from one section while other sections have stories", () => {
    const world = Array.from({ length: 6 }, (_, i) => story(`World story ${i}`, { words: 3000 }));
    const sport = [story("Sport story", { section: "Sport", words: 200 })];
    const brief = dayInBrief([
      { name: "World", stories: world },
      { name: "Sport", stories: sport },
    ]);
    expect(brief.leads).toHaveLength(3);
    expect(brief.leads.filter((lead) => lead.story.section === "World")).toHaveLength(2);
    expect(titles(brief)).toContain("Sport story");
  });

  it("gives each lead one sentence: the first of its brief, or its headline when it has none", () => {
    const written = story("Written summary", {
      summary: ["Talks resumed on Monday. Both sides said progress was made."],
    });
    const none = story("Story without a brief", { summary: [] });
    expect(leadSentence(written)).toBe("Talks resumed on Monday.");
    expect(leadSentence(none)).toBe("Story without a brief");
    expect(leadSentence(story("Plain"))).toBe("Plain was reported on Saturday.");
  });

  it("does not cut a lead at an initial or a time followed by a capital", () => {
    const initial = story("Adviser leaves", {
      summary: ["The president asked for national security advisor John R. Bolton's resignation. He left."],
    });
    const time = story("Prime minister dies", {
      summary: ["Akilisi Pohiva died today at 10:00 a.m. Tongan time at the age of 78."],
    });
    expect(leadSentence(initial)).toBe(
      "The president asked for national security advisor John R. Bolton's resignation.",
    );
    expect(leadSentence(time)).toBe("Akilisi Pohiva died today at 10:00 a.m. Tongan time at the age of 78.");
  });

  it("lists the sections in the edition's order with their counts", () => {
    const stories = [
      story("A"),
      story("B"),
      story("C", { section: "Sport" }),
      story("D", { section: "Business" }),
      story("E", { section: "Sport" }),
    ];
    const [edition] = groupEditions(stories);
    expect(edition!.dayInBrief.sections).toEqual([
      { name: "Sport", count: 2 },
      { name: "World", count: 2 },
      { name: "Business", count: 1 },
    ]);
    expect(edition!.dayInBrief.leads).toHaveLength(3);
  });

  it("reads the same every time for the same day", () => {
    const day = Array.from({ length: 9 }, (_, i) => story(`Equal story ${i}`));
    expect(titles(dayInBrief(oneSection(day)))).toEqual(titles(dayInBrief(oneSection([...day]))));
    expect(titles(dayInBrief(oneSection(day)))).toEqual(["Equal story 0", "Equal story 1", "Equal story 2"]);
  });
});
