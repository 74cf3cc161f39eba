// Names merged across the site: a surname alone joins the full name, a place's aliases join its usual name.
import { describe, expect, it } from "vitest";
import { mergePeople, mergePlaces } from "../../src/render/merge-site-names.ts";

const stories = (count: number, names: string[]) => Array.from({ length: count }, () => names);

describe("merging people across the site", () => {
  it("folds a surname alone into the full name most stories use", () => {
    const merged = mergePeople([
      ...stories(51, ["Donald Trump"]),
      ...stories(4, ["Trump"]),
      ...stories(3, ["Donald J. Trump"]),
    ]);
    expect(merged.get("Trump")).toBe("Donald Trump");
    expect(merged.get("Donald J. Trump")).toBe("Donald Trump");
    expect(merged.has("Donald Trump")).toBe(false);
  });

  it("leaves a surname alone when two full names share it about as often", () => {
    const merged = mergePeople([
      ...stories(5, ["John Smith"]),
      ...stories(4, ["Jane Smith"]),
      ...stories(3, ["Smith"]),
    ]);
    expect(merged.has("Smith")).toBe(false);
    expect(merged.has("John Smith")).toBe(false);
  });

  it("folds a surname into the clearly commoner of two full names", () => {
    const merged = mergePeople([
      ...stories(20, ["Joe Biden"]),
      ...stories(2, ["Hunter Biden"]),
      ...stories(3, ["Biden"]),
    ]);
    expect(merged.get("Biden")).toBe("Joe Biden");
    expect(merged.has("Hunter Biden")).toBe(false);
  });

  it("leaves a short form in more stories than its only longer form alone", () => {
    const merged = mergePeople([...stories(4, ["Francis"]), ...stories(1, ["Saint Francis"])]);
    expect(merged.size).toBe(0);
  });

  it("folds a single name into the styled name other stories use", () => {
    const merged = mergePeople([...stories(4, ["Pope Francis"]), ...stories(1, ["Francis"])]);
    expect(merged.get("Francis")).toBe("Pope Francis");
  });

  it("keeps names from other scripts whole", () => {
    const merged = mergePeople([...stories(6, ["Recep Tayyip Erdoğan"]), ...stories(2, ["Erdoğan"])]);
    expect(merged.get("Erdoğan")).toBe("Recep Tayyip Erdoğan");
  });
});

describe("merging places across the site", () => {
  it("puts a place's aliases under its usual name", () => {
    const merged = mergePlaces([["United States"], ["United States of America"], ["U.S."], ["US"], ["Kenya"]]);
    expect(merged.get("United States of America")).toBe("United States");
    expect(merged.get("U.S.")).toBe("United States");
    expect(merged.get("US")).toBe("United States");
    expect(merged.has("Kenya")).toBe(false);
  });

  it("puts spellings that differ in case under the commonest", () => {
    const merged = mergePlaces([["Moscow"], ["Moscow"], ["MOSCOW"]]);
    expect(merged.get("MOSCOW")).toBe("Moscow");
  });
});
