// Keeps a floor under precision and recall per kind of name on the hand-marked set (test/fixtures/entities), scored as `npm run eval -- --entities` does.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findNames } from "../../scripts/eval/eval-entities.ts";
import { rates, readMarkedSet, scoreKind, scoreSet } from "../../scripts/eval/score-entities.ts";

const set = readMarkedSet(path.resolve(import.meta.dirname, "../fixtures/entities"));

/** Floors a little under the figures measured when they were set, so that a regression fails. */
const FLOORS = {
  people: { precision: 0.95, recall: 0.86 },
  places: { precision: 0.97, recall: 0.92 },
  organisations: { precision: 0.95, recall: 0.69 },
};

describe("names on the hand-marked set", () => {
  it("holds at least 60 articles, each with names marked", () => {
    expect(set.length).toBeGreaterThanOrEqual(60);
    for (const article of set)
      expect(
        article.expected.people.length + article.expected.places.length + article.expected.organisations.length,
      ).toBeGreaterThan(0);
  });

  it("keeps precision and recall per kind above their floors", async () => {
    const totals = scoreSet(set, await findNames(set));
    for (const kind of ["people", "places", "organisations"] as const) {
      const r = rates(totals[kind]);
      expect(r.precision, `${kind} precision`).toBeGreaterThanOrEqual(FLOORS[kind].precision);
      expect(r.recall, `${kind} recall`).toBeGreaterThanOrEqual(FLOORS[kind].recall);
    }
  }, 60_000);

  it("scores a surname and the full name as one person, and an acronym with its full name", () => {
    expect(scoreKind("people", ["Trump", "Donald Trump", "Mr Smith"], ["Donald J. Trump"], [])).toEqual({
      found: 2,
      right: 1,
      marked: 1,
      matched: 1,
    });
    expect(scoreKind("organisations", ["NBA"], ["National Basketball Association"], [])).toMatchObject({
      right: 1,
      matched: 1,
    });
    expect(scoreKind("places", ["Leeds"], ["Liverpool"], [])).toMatchObject({ found: 1, right: 0, matched: 0 });
  });
});
