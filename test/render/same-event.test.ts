// One event from several sources is one entry in editions and listings, with "also reported by"; each report keeps its page.
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { groupSameEvent } from "../../src/render/group-same-event.ts";
import { countedWords } from "../../src/summarise/sentences/content-words.ts";
import type { Story } from "../../src/model/make-story.ts";
import { buildContent, type BuiltSite } from "../helpers/build-site.ts";

const FIXTURES = "test/fixtures/render/same-event/articles";
const DAY = "2025/03/14";
const EVENT = ["freight-train-derails-near-kelsbury", "diesel-spill-after-kelsbury-derailment", "kelsbury-rail-crash"];
const UNRELATED = [
  "ostrova-announces-marrow-bus-routes",
  "signal-failure-delays-dunmere-trains",
  "marrow-harbour-wins-cup",
];

async function fixtureArticles(): Promise<Record<string, string>> {
  const names = await readdir(join(FIXTURES, DAY));
  return Object.fromEntries(
    await Promise.all(names.map(async (name) => [`${DAY}/${name}`, await readFile(join(FIXTURES, DAY, name), "utf8")])),
  );
}

/** The briefs of a page, by the slug their headline links to. */
const briefSlugs = (html: string) =>
  [...html.matchAll(/<h\d class="brief-title"><a href="\/2025\/03\/14\/([^/]+)\/">/g)].map((match) => match[1]);
const alsoReported = (html: string) => /<p class="also-reported">[\s\S]*?<\/p>/.exec(html)?.[0] ?? "";

describe("three sources reporting one event, beside unrelated stories of the same day", () => {
  let site: BuiltSite;
  const page = (path: string) => readFile(join(site.output, path), "utf8");

  beforeAll(async () => {
    site = await buildContent("same-event", await fixtureArticles(), {}, ["--no-search"]);
  }, 120_000);

  it("lists the event once on the edition, led by the fullest report, with a link to each other source's report", async () => {
    expect(site.code).toBe(0);
    const edition = await page(`${DAY}/index.html`);
    const briefs = briefSlugs(edition);
    expect(briefs.filter((slug) => EVENT.includes(slug!))).toEqual(["freight-train-derails-near-kelsbury"]);
    const links = alsoReported(edition);
    expect(links).toContain(
      '<a href="/2025/03/14/diesel-spill-after-kelsbury-derailment/" title="Diesel leaks into the Awen as Northline tankers leave the track at Kelsbury">Coastal Times</a>',
    );
    expect(links).toContain(
      '<a href="/2025/03/14/kelsbury-rail-crash/" title="Kelsbury rail crash: crew hurt, river polluted">Daily Ledger</a>',
    );
    expect(edition).toContain('<p class="edition-count">4 stories</p>');
  });

  it("keeps stories of the same day, topic, person and source apart from the event", async () => {
    const edition = await page(`${DAY}/index.html`);
    for (const slug of UNRELATED) expect(briefSlugs(edition)).toContain(slug);
    expect((edition.match(/class="also-reported"/g) ?? []).length).toBe(1);
  });

  it("lists the event once on a topic page, beside the topic's other stories", async () => {
    const topic = await page("topics/rail/index.html");
    const briefs = briefSlugs(topic);
    expect(briefs.filter((slug) => EVENT.includes(slug!))).toEqual(["freight-train-derails-near-kelsbury"]);
    expect(briefs).toContain("ostrova-announces-marrow-bus-routes");
    expect(briefs).toContain("signal-failure-delays-dunmere-trains");
    expect(topic).toContain("3 stories, newest first");
    expect(alsoReported(topic)).toContain("Daily Ledger");
  });

  it("gives every report its own page, and a source's page its own reports", async () => {
    for (const slug of [...EVENT, ...UNRELATED]) {
      expect(await page(`${DAY}/${slug}/index.html`)).toContain("<h1");
    }
    const ledger = briefSlugs(await page("sources/daily-ledger/index.html"));
    expect(ledger).toContain("kelsbury-rail-crash");
  });

  it("never shows one report of the event as related to another", async () => {
    const lead = await page(`${DAY}/freight-train-derails-near-kelsbury/index.html`);
    const related = /<aside class="related"[\s\S]*?<\/aside>/.exec(lead)?.[0] ?? "";
    expect(related).not.toContain("kelsbury-rail-crash");
    expect(related).not.toContain("diesel-spill-after-kelsbury-derailment");
  });
});

describe("groupSameEvent", () => {
  const story = (url: string, source: string | undefined, hours: number, names: string[], title = url): Story => ({
    inputPath: url,
    url,
    title,
    date: new Date(Date.UTC(2025, 2, 14) + hours * 3_600_000),
    day: "2025-03-14",
    month: "2025-03",
    ...(source ? { source: { name: source } } : {}),
    highlights: [],
    summary: [],
    section: "News",
    sectionSlug: "news",
    topics: [],
    places: [],
    organisations: [],
    keywords: [],
    people: names.map((name) => ({ name, slug: name.toLowerCase().replace(/ /g, "-") })),
    readingMinutes: 1,
    draft: false,
    alsoReportedBy: [],
    timeKnown: true,
  });
  const text =
    "Rescuers pulled twelve miners alive from the flooded Corran shaft after three days underground, mine owner Petra Lind said.";
  const texts = new Map<string, string>();
  const textOf = (s: Story) => texts.get(s.url) ?? text;

  it("groups reports of two sources that share names and words, close in time", () => {
    const groups = groupSameEvent(
      [story("a", "Wire", 0, ["Petra Lind", "Corran"]), story("b", "Paper", 5, ["Petra Lind", "Corran"])],
      textOf,
    );
    expect([...groups.values()].map((others) => others.map((s) => s.url))).toEqual([["b"]]);
  });

  it("does not group by names alone: the texts must be alike too", () => {
    texts.set("c", "Petra Lind opened a museum of mining history in Corran, with a gallery of lamps and a café.");
    const groups = groupSameEvent(
      [story("a", "Wire", 0, ["Petra Lind", "Corran"]), story("c", "Paper", 5, ["Petra Lind", "Corran"])],
      textOf,
    );
    expect(groups.size).toBe(0);
  });

  it("takes a story's counted words from its digest when it has them, and groups as from the text itself", () => {
    texts.set("d", "Petra Lind opened a museum of mining history in Corran, with a gallery of lamps and a café.");
    const stories = () => [
      story("a", "Wire", 0, ["Petra Lind", "Corran"]),
      story("b", "Paper", 5, ["Petra Lind", "Corran"]),
      story("d", "Post", 6, ["Petra Lind", "Corran"]),
    ];
    const shape = (groups: Map<Story, Story[]>) =>
      [...groups].map(([lead, others]) => [lead.url, others.map((other) => other.url)]);
    const counted = (s: Story) => countedWords(`${s.title}\n${textOf(s)}`);
    const fromText = shape(groupSameEvent(stories(), textOf));
    expect(fromText).toEqual([["a", ["b"]]]);
    expect(shape(groupSameEvent(stories(), textOf, { countedWordsOf: counted }))).toEqual(fromText);
    // Words counted for another text are taken as they are: the museum story now reads as the rescue.
    const misfiled = (s: Story) => counted(s.url === "d" ? { ...s, url: "a" } : s);
    expect(shape(groupSameEvent(stories(), textOf, { countedWordsOf: misfiled }))).not.toEqual(fromText);
  });

  it("does not group the same words from the same source, far apart in time, or without a source", () => {
    const names = ["Petra Lind", "Corran"];
    expect(groupSameEvent([story("a", "Wire", 0, names), story("b", "wire", 2, names)], textOf).size).toBe(0);
    expect(groupSameEvent([story("a", "Wire", 0, names), story("b", "Paper", 60, names)], textOf).size).toBe(0);
    expect(groupSameEvent([story("a", "Wire", 0, names), story("b", undefined, 2, names)], textOf).size).toBe(0);
  });

  it("does not group stories that share one name only", () => {
    expect(
      groupSameEvent([story("a", "Wire", 0, ["Petra Lind"]), story("b", "Paper", 2, ["Petra Lind"])], textOf).size,
    ).toBe(0);
  });
});
