// Related stories: only stories that share enough rare names and words, nearer in time first; none rather than filler.
import { describe, expect, it } from "vitest";
import { findRelated } from "../../src/render/find-related.ts";
import type { Label, Story } from "../../src/model/make-story.ts";

const labels = (names: string[]): Label[] => names.map((name) => ({ name, slug: name.toLowerCase().replace(/\W+/g, "-") }));

/** A story with the given names and keywords, `days` after 1 March 2025. */
function story(url: string, parts: { title?: string; people?: string[]; places?: string[]; keywords?: string[]; days?: number; draft?: boolean }): Story {
  return {
    inputPath: url, url, title: parts.title ?? url, date: new Date(Date.UTC(2025, 2, 1) + (parts.days ?? 0) * 86_400_000),
    day: "2025-03-01", month: "2025-03", highlights: [], summary: [], section: "News", sectionSlug: "news",
    topics: labels(["News"]), people: labels(parts.people ?? []), places: labels(parts.places ?? []), organisations: [],
    keywords: parts.keywords ?? [], readingMinutes: 1, draft: parts.draft ?? false, alsoReportedBy: [], timeKnown: true,
  };
}

/** Words of a story's own, as a real story has a handful of keywords no other story shares. */
const own = (name: string) => ["a", "b", "c", "d", "e", "f"].map((letter) => `${name}${letter}`);
/** Stories on other subjects, so that the terms below are rare, as on a real site. */
const others = Array.from({ length: 40 }, (_, i) =>
  story(`other-${i}`, { title: `Report ${i}`, people: [`Person ${i}`, `Official ${i % 4}`], places: ["France", "Spain"], keywords: [...own(`thing${i}`), `topic${i % 3}`], days: i * 9 }),
);
const urls = (related: Map<string, Story[]>, url: string) => (related.get(url) ?? []).map((s) => s.url);

describe("findRelated", () => {
  const strike = story("strike", { title: "Dockers strike at Corran port", people: ["Petra Lind"], places: ["Corran"], keywords: ["dockers", "strike", "port"] });
  const talks = story("talks", { title: "Corran dockers and port owners resume talks", people: ["Petra Lind"], places: ["Corran"], keywords: ["dockers", "talks", "port"], days: 3 });

  it("relates stories that share rare names and words", () => {
    const related = findRelated([strike, talks, ...others]);
    expect(urls(related, "strike")).toEqual(["talks"]);
    expect(urls(related, "talks")).toEqual(["strike"]);
  });

  it("shows none rather than filler when every candidate shares only common terms", () => {
    const lonely = story("lonely", { title: "Orchestra tours", people: ["Ana Brekke", "Official 1"], places: ["France", "Spain"], keywords: [...own("orchestra"), "topic1"], days: 10 });
    // It shares a common name and a common word with some others: terms enough, similarity too little.
    const textOf = (s: Story) => s.title;
    expect(urls(findRelated([lonely, strike, talks, ...others], { textOf }), "lonely")).toEqual([]);
    expect(urls(findRelated([lonely, strike, talks, ...others], { floor: 0.08 }), "lonely")).toEqual([]);
    expect(urls(findRelated([lonely, strike, talks, ...others], { floor: 0, textOf, minTextSimilarity: 0 }), "lonely").length).toBeGreaterThan(0);
  });

  it("never relates two stories by places alone", () => {
    const a = story("a", { places: ["Corran", "Saltby", "Marrow"], keywords: ["x1"] });
    const b = story("b", { places: ["Corran", "Saltby", "Marrow"], keywords: ["x2"] });
    expect(urls(findRelated([a, b, ...others]), "a")).toEqual([]);
  });

  it("needs two shared terms: one rare name alone is not enough", () => {
    const a = story("a", { people: ["Petra Lind"], keywords: ["harvest"] });
    const b = story("b", { people: ["Petra Lind"], keywords: ["election"] });
    expect(urls(findRelated([a, b, ...others]), "a")).toEqual([]);
  });

  it("ranks the closer story first when two are equally similar", () => {
    const near = story("near", { title: "Corran dockers and port owners resume talks", people: ["Petra Lind"], places: ["Corran"], keywords: ["dockers", "talks", "port"], days: 2 });
    const far = story("far", { title: "Corran dockers and port owners resume talks", people: ["Petra Lind"], places: ["Corran"], keywords: ["dockers", "talks", "port"], days: 200 });
    expect(urls(findRelated([strike, far, near, ...others]), "strike")).toEqual(["near", "far"]);
  });

  it("never shows a draft as related", () => {
    const draft = { ...talks, url: "draft", draft: true };
    const related = findRelated([strike, draft, ...others]);
    expect(urls(related, "strike")).toEqual([]);
  });

  it("never relates stories by a term found in more than maxShare of the site", () => {
    const crowd = Array.from({ length: 30 }, (_, i) => story(`crowd-${i}`, { people: ["Everyone"], keywords: ["common", `own${i}`], days: i }));
    const related = findRelated([...crowd, ...others], { maxShare: 0.05 });
    expect(urls(related, "crowd-0")).toEqual([]);
  });

  it("with the texts given, needs their words to agree as well as the terms", () => {
    const texts: Record<string, string> = {
      strike: "Dockers walked out at Corran port over pay; cranes stood idle and ships queued offshore.",
      talks: "Corran dockers and port owners resumed pay talks; the dockers' union said cranes could restart.",
    };
    expect(urls(findRelated([strike, talks, ...others], { textOf: (s) => texts[s.url] ?? s.title }), "strike")).toEqual(["talks"]);
    // The same names and keywords, another subject.
    const museum = { ...talks, url: "museum", title: "Museum opens" };
    texts["museum"] = "Petra Lind opened a new museum with paintings of sailing ships, a garden and a café.";
    expect(urls(findRelated([strike, museum, ...others], { textOf: (s) => texts[s.url] ?? s.title }), "strike")).toEqual([]);
    expect(urls(findRelated([strike, museum, ...others]), "strike")).toEqual(["museum"]);
  });

  it("skips stories of the same event, which are shown together already", () => {
    const related = findRelated([strike, talks, ...others], { sameEvent: (a, b) => a.url !== b.url });
    expect(urls(related, "strike")).toEqual([]);
  });
});
