// Topics across the site: tags that are people, places, authors or one source's labels never become topics.
import { describe, expect, it } from "vitest";
import { assignTopics, type TopicInput } from "../../src/render/topics/assign-topics.ts";
import { BUILT_IN_TOPICS, makeVocabulary } from "../../src/render/topics/read-topic-vocabulary.ts";
import { collectRedirects } from "../../src/render/collect-redirects.ts";

const { vocabulary } = makeVocabulary(BUILT_IN_TOPICS);
const story = (tags: string[], more: Partial<TopicInput> = {}): TopicInput => ({
  tags,
  section: "World",
  textTopics: [],
  people: [],
  places: [],
  ...more,
});

describe("assigning topics across the site", () => {
  it("gives every story a topic, even without tags", () => {
    const { topics } = assignTopics(
      [story([], { section: "Health" }), story([], { textTopics: ["Elections"] })],
      vocabulary,
    );
    expect(topics).toEqual([["Health"], ["World", "Elections"]]);
  });

  it("puts near-duplicate tags under one topic and says where their pages went", () => {
    const { topics, moved } = assignTopics([story(["Sports"]), story(["sport", "Crime and law"])], vocabulary);
    expect(topics).toEqual([
      ["Sport", "World"],
      ["Sport", "Crime and justice", "World"],
    ]);
    expect(moved).toContainEqual({ tag: "Sports", to: { kind: "topics", name: "Sport" } });
    expect(moved).toContainEqual({ tag: "Crime and law", to: { kind: "topics", name: "Crime and justice" } });
  });

  it("keeps people, places and authors out of the topics", () => {
    const inputs = [
      story(["Kenya", "John Conyers", "Lisbon", "Santiago, Chile", "Jane Doe"], { source: "A", byline: "By Jane Doe" }),
      story(["Kenya", "John Conyers", "Lisbon", "Santiago, Chile", "Jane Doe"], { source: "B", byline: "Jane Doe" }),
    ];
    const { topics, moved } = assignTopics(inputs, vocabulary);
    expect(topics).toEqual([["World"], ["World"]]);
    expect(moved).toContainEqual({ tag: "Kenya", to: { kind: "places", name: "Kenya" } });
    expect(moved).toContainEqual({ tag: "John Conyers", to: { kind: "people", name: "John Conyers" } });
  });

  it("takes a tag the text names as where something happens for a place", () => {
    const { topics } = assignTopics(
      [
        story(["Porthaven"], { source: "A", text: "Fishermen in Porthaven say the catch has changed." }),
        story(["Porthaven"], { source: "B", text: "Ferries leave Porthaven at six." }),
      ],
      vocabulary,
    );
    expect(topics).toEqual([["World"], ["World"]]);
  });

  it("makes a tag a topic of its own only when two sources use it, under its commonest spelling", () => {
    const { topics } = assignTopics(
      [
        story(["immigration"], { source: "A" }),
        story(["Immigration"], { source: "B" }),
        story(["Immigration"], { source: "B" }),
        story(["Gardening"], { source: "A" }),
        story(["Gardening"], { source: "A" }),
      ],
      vocabulary,
    );
    expect(topics.slice(0, 3)).toEqual([
      ["World", "Immigration"],
      ["World", "Immigration"],
      ["World", "Immigration"],
    ]);
    expect(topics[3]).toEqual(["World"]);
  });
});

describe("redirects for moved pages", () => {
  const urls = {
    topics: new Map([["sport", "/topics/sport/"]]),
    people: new Map([["donald-trump", "/people/donald-trump/"]]),
    places: new Map([["kenya", "/places/kenya/"]]),
    sources: new Map<string, string>(),
  };

  it("leads an old address to the page that holds its stories now", () => {
    const redirects = collectRedirects(
      [
        { kind: "topics", name: "Sports", to: { kind: "topics", name: "Sport" } },
        { kind: "people", name: "Trump", to: { kind: "people", name: "Donald Trump" } },
        { kind: "topics", name: "Kenya", to: { kind: "places", name: "Kenya" } },
      ],
      urls,
    );
    expect(redirects).toEqual([
      { from: "/people/trump/", to: "/people/donald-trump/" },
      { from: "/topics/kenya/", to: "/places/kenya/" },
      { from: "/topics/sports/", to: "/topics/sport/" },
    ]);
  });

  it("lists nothing when the new page does not exist, the slug is the same, or the old address is still a page", () => {
    const redirects = collectRedirects(
      [
        { kind: "topics", name: "Gardening", to: { kind: "topics", name: "Garden" } },
        { kind: "topics", name: "SPORT", to: { kind: "topics", name: "Sport" } },
        { kind: "places", name: "Kenya", to: { kind: "topics", name: "Sport" } },
      ],
      urls,
    );
    expect(redirects).toEqual([]);
  });
});
