// Related stories: only stories that share enough rare names and words, nearer in time first; none rather than filler.
import { describe, expect, it } from "vitest";
import { findRelated, findRelatedOnceMade, relatedVectorsInWorker } from "../../src/render/find-related.ts";
import { openingWords } from "../../src/summarise/sentences/content-words.ts";
import type { Label, Story } from "../../src/model/make-story.ts";

const labels = (names: string[]): Label[] =>
  names.map((name) => ({ name, slug: name.toLowerCase().replace(/\W+/g, "-") }));

/** A story with the given names and keywords, `days` after 1 March 2025. */
function story(
  url: string,
  parts: { title?: string; people?: string[]; places?: string[]; keywords?: string[]; days?: number; draft?: boolean },
): Story {
  return {
    inputPath: url,
    url,
    title: parts.title ?? url,
    date: new Date(Date.UTC(2025, 2, 1) + (parts.days ?? 0) * 86_400_000),
    day: "2025-03-01",
    month: "2025-03",
    highlights: [],
    summary: [],
    section: "News",
    sectionSlug: "news",
    topics: labels(["News"]),
    people: labels(parts.people ?? []),
    places: labels(parts.places ?? []),
    organisations: [],
    keywords: parts.keywords ?? [],
    readingMinutes: 1,
    draft: parts.draft ?? false,
    alsoReportedBy: [],
    timeKnown: true,
  };
}

/** Words of a story's own, as a real story has a handful of keywords no other story shares. */
const own = (name: string) => ["a", "b", "c", "d", "e", "f"].map((letter) => `${name}${letter}`);
/** Stories on other subjects, so that the terms below are rare, as on a real site. */
const others = Array.from({ length: 40 }, (_, i) =>
  story(`other-${i}`, {
    title: `Report ${i}`,
    people: [`Person ${i}`, `Official ${i % 4}`],
    places: ["France", "Spain"],
    keywords: [...own(`thing${i}`), `topic${i % 3}`],
    days: i * 9,
  }),
);
const urls = (related: Map<string, Story[]>, url: string) => (related.get(url) ?? []).map((s) => s.url);

describe("findRelated", () => {
  const strike = story("strike", {
    title: "Dockers strike at Corran port",
    people: ["Petra Lind"],
    places: ["Corran"],
    keywords: ["dockers", "strike", "port"],
  });
  const talks = story("talks", {
    title: "Corran dockers and port owners resume talks",
    people: ["Petra Lind"],
    places: ["Corran"],
    keywords: ["dockers", "talks", "port"],
    days: 3,
  });

  it("relates stories that share rare names and words", () => {
    const related = findRelated([strike, talks, ...others]);
    expect(urls(related, "strike")).toEqual(["talks"]);
    expect(urls(related, "talks")).toEqual(["strike"]);
  });

  it("shows none rather than filler when every candidate shares only common terms", () => {
    const lonely = story("lonely", {
      title: "Orchestra tours",
      people: ["Ana Brekke", "Official 1"],
      places: ["France", "Spain"],
      keywords: [...own("orchestra"), "topic1"],
      days: 10,
    });
    // It shares a common name and a common word with some others: terms enough, similarity too little.
    const textOf = (s: Story) => s.title;
    expect(urls(findRelated([lonely, strike, talks, ...others], { textOf }), "lonely")).toEqual([]);
    expect(urls(findRelated([lonely, strike, talks, ...others], { floor: 0.08 }), "lonely")).toEqual([]);
    // With every floor at zero it would show one: the floors are what keep it out.
    expect(
      urls(
        findRelated([lonely, strike, talks, ...others], { floor: 0, textOf, minTextSimilarity: 0, minStandout: 0 }),
        "lonely",
      ).length,
    ).toBeGreaterThan(0);
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
    const near = story("near", {
      title: "Corran dockers and port owners resume talks",
      people: ["Petra Lind"],
      places: ["Corran"],
      keywords: ["dockers", "talks", "port"],
      days: 2,
    });
    const far = story("far", {
      title: "Corran dockers and port owners resume talks",
      people: ["Petra Lind"],
      places: ["Corran"],
      keywords: ["dockers", "talks", "port"],
      days: 200,
    });
    expect(urls(findRelated([strike, far, near, ...others]), "strike")).toEqual(["near", "far"]);
  });

  it("never shows a draft as related", () => {
    const draft = { ...talks, url: "draft", draft: true };
    const related = findRelated([strike, draft, ...others]);
    expect(urls(related, "strike")).toEqual([]);
  });

  it("never relates stories by a term found in more than maxShare of the site", () => {
    const crowd = Array.from({ length: 30 }, (_, i) =>
      story(`crowd-${i}`, { people: ["Everyone"], keywords: ["common", `own${i}`], days: i }),
    );
    const related = findRelated([...crowd, ...others], { maxShare: 0.05 });
    expect(urls(related, "crowd-0")).toEqual([]);
  });

  it("with the texts given, needs their words to agree as well as the terms", () => {
    const texts: Record<string, string> = {
      strike: "Dockers walked out at Corran port over pay; cranes stood idle and ships queued offshore.",
      talks: "Corran dockers and port owners resumed pay talks; the dockers' union said cranes could restart.",
    };
    expect(urls(findRelated([strike, talks, ...others], { textOf: (s) => texts[s.url] ?? s.title }), "strike")).toEqual(
      ["talks"],
    );
    // The same names and keywords, another subject.
    const museum = { ...talks, url: "museum", title: "Museum opens" };
    texts["museum"] = "Petra Lind opened a new museum with paintings of sailing ships, a garden and a café.";
    expect(
      urls(findRelated([strike, museum, ...others], { textOf: (s) => texts[s.url] ?? s.title }), "strike"),
    ).toEqual([]);
    expect(urls(findRelated([strike, museum, ...others]), "strike")).toEqual(["museum"]);
  });

  it("skips stories of the same event, which are shown together already", () => {
    const related = findRelated([strike, talks, ...others], { eventOf: () => "one event" });
    expect(urls(related, "strike")).toEqual([]);
  });

  describe("with the texts compared", () => {
    /** Other stories' texts: words of their own, and the everyday words every story has. */
    const everyday =
      "The council said on Monday that officials would meet again next week, and residents were told to wait for news.";
    const textOfOthers = (s: Story) =>
      `${everyday} ${own(`thing${s.url.replace(/\D/g, "")}`).join(" ")} ${own(`item${s.url.replace(/\D/g, "")}`).join(" ")}.`;
    const texts: Record<string, string> = {
      strike:
        "Dockers at Corran port walked out over pay. Cranes stood idle and container ships queued offshore as the dockers' union demanded a new pay deal from the port owners.",
      // Three weeks on: the same strike, in other words and with other names.
      settled:
        "The Corran dockers' strike ended after three weeks when the union accepted a pay deal. Cranes moved again and the first container ships were unloaded at the port.",
      // The same day, another subject, in the everyday words of news.
      nurses:
        "The council said on Monday that Saltby hospital would hire forty nurses. Officials would meet again next week, and residents were told to wait for news of the new ward.",
      bakery:
        "A bakery opened in Corran Saltby on Saturday. Corran Saltby's mayor cut the ribbon and residents of Corran Saltby queued for bread, cakes and coffee in the market square.",
      court:
        "A court in Corran Saltby fined a landlord for unsafe flats. Tenants in Corran Saltby had complained about damp and broken heating in three Corran Saltby buildings for years.",
    };
    const textOf = (s: Story) => texts[s.url] ?? textOfOthers(s);
    const strike2 = story("strike", {
      title: "Dockers strike at Corran port",
      places: ["Corran"],
      keywords: ["dockers", "strike", "port"],
    });
    const settled = story("settled", {
      title: "Corran port strike ends with pay deal",
      places: ["Corran"],
      keywords: ["strike", "deal", "cranes"],
      days: 21,
    });
    const nurses = story("nurses", {
      title: "Saltby hospital hires nurses",
      places: ["Saltby"],
      keywords: ["nurses", "hospital", "ward"],
    });

    it("relates the same subject three weeks apart, and not a story of the same day on another subject", () => {
      const related = findRelated([strike2, settled, nurses, ...others], { textOf });
      expect(urls(related, "strike")).toEqual(["settled"]);
      expect(urls(related, "settled")).toEqual(["strike"]);
      expect(urls(related, "nurses")).toEqual([]);
    });

    it("never relates two stories by the place they happen in", () => {
      const bakery = story("bakery", {
        title: "Bakery opens in Corran Saltby",
        places: ["Corran Saltby"],
        keywords: ["bakery", "bread"],
      });
      const court = story("court", {
        title: "Corran Saltby landlord fined over unsafe flats",
        places: ["Corran Saltby"],
        keywords: ["landlord", "flats"],
      });
      const related = findRelated([bakery, court, ...others], { textOf });
      expect(urls(related, "bakery")).toEqual([]);
      expect(urls(related, "court")).toEqual([]);
    });

    it("finds the same from the opening words a digest holds as from the texts stemmed again", () => {
      const all = [strike2, settled, nurses, ...others];
      const stemmed = findRelated(all, { textOf });
      const fromDigests = findRelated(all, { textOf, openingOf: (s) => openingWords(textOf(s)) });
      const asUrls = (related: Map<string, Story[]>) =>
        [...related].map(([url, list]) => [url, list.map((s) => s.url)]);
      expect(asUrls(fromDigests)).toEqual(asUrls(stemmed));
      expect(urls(fromDigests, "strike")).toEqual(["settled"]);
      // The digest's words are what is compared: given the nurses' opening, the settlement is related to their story.
      const swapped = findRelated(all, {
        textOf,
        openingOf: (s) => openingWords(s.url === "settled" ? texts["nurses"]! : textOf(s)),
      });
      expect(urls(swapped, "nurses")).toEqual(["settled"]);
      expect(urls(stemmed, "nurses")).toEqual([]);
    });

    it("finds the same with the texts' vectors made in a worker thread while the terms are weighed", async () => {
      const all = [strike2, settled, nurses, ...others];
      const eligible = (s: Story) => s.url !== "nurses";
      const options = { textOf, eligible };
      const asUrls = (related: Map<string, Story[]>) =>
        [...related].map(([url, list]) => [url, list.map((s) => s.url)]);
      const inWorker = await findRelatedOnceMade(all, options, relatedVectorsInWorker(all, options));
      expect(asUrls(inWorker)).toEqual(asUrls(findRelated(all, options)));
      expect(urls(inWorker, "strike")).toEqual(["settled"]);
      // The second half of the stories compared in the worker thread, the first here: the same related stories,
      // with the strike and its settlement in either half.
      for (const order of [all, [...all].reverse()]) {
        const split = await findRelatedOnceMade(order, options, relatedVectorsInWorker(order, options), 2);
        expect(asUrls(split)).toEqual(asUrls(findRelated(order, options)));
        expect(urls(split, "strike")).toEqual(["settled"]);
      }
    }, 30_000);

    it("never shows a draft as related", () => {
      const draft = { ...settled, draft: true };
      expect(urls(findRelated([strike2, draft, ...others], { textOf }), "strike")).toEqual([]);
    });
    it("relates a lonely story to a close one only when it is among that story's closest too", () => {
      const port =
        "Dockers at Corran port walked out over pay. Cranes stood idle and container ships queued offshore as the union demanded a pay deal from the port owners.";
      texts["port-a"] = port;
      texts["port-b"] = `${port} The strike entered its second day.`;
      texts["port-c"] = `${port} Talks are set for Friday.`;
      // Shares some of the strike's words, on another subject: its closest story has two closer ones of its own.
      texts["museum"] =
        "A museum of ships opened at Corran port, with cranes, old container boxes and paintings of sailing ships by local artists, and a café.";
      const cluster = ["port-a", "port-b", "port-c"].map((url) =>
        story(url, { title: "Dockers strike at Corran port", places: ["Corran"], keywords: ["dockers", "strike"] }),
      );
      const museum = story("museum", {
        title: "Ship museum opens at Corran port",
        places: ["Corran"],
        keywords: ["museum", "paintings"],
      });
      const all = [...cluster, museum, ...others];
      // No pair here counts as alike beyond doubt, so that the check is what decides.
      const options = { textOf, sureSimilarity: 1 };
      expect(urls(findRelated(all, options), "museum")).toEqual([]);
      expect(urls(findRelated(all, options), "port-a")).toEqual(["port-c", "port-b"]);
      // Without the check it would be shown.
      expect(urls(findRelated(all, { ...options, mutualRank: 10 }), "museum").length).toBeGreaterThan(0);
    });
  });
});
