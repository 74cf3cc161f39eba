// Checks the evaluation's ROUGE scorer against rouge-score's own test values.
import { describe, expect, it } from "vitest";
import { rouge1, rouge2, rougeL, rougeLsum, tokenize } from "../../scripts/eval/rouge.ts";

describe("ROUGE scorer", () => {
  it("gives rouge-score's ROUGE-1 for 'testing one two' against 'testing'", () => {
    const score = rouge1("testing one two", "testing");
    expect(score.precision).toBeCloseTo(1, 10);
    expect(score.recall).toBeCloseTo(1 / 3, 10);
    expect(score.fmeasure).toBeCloseTo(0.5, 10);
  });

  it("gives rouge-score's ROUGE-2 for 'testing one two' against 'testing one'", () => {
    const score = rouge2("testing one two", "testing one");
    expect(score.precision).toBeCloseTo(1, 10);
    expect(score.recall).toBeCloseTo(0.5, 10);
    expect(score.fmeasure).toBeCloseTo(2 / 3, 10);
  });

  it("gives rouge-score's ROUGE-L for 'testing one two' against 'testing two'", () => {
    const score = rougeL("testing one two", "testing two");
    expect(score.precision).toBeCloseTo(1, 10);
    expect(score.recall).toBeCloseTo(2 / 3, 10);
    expect(score.fmeasure).toBeCloseTo(0.8, 10);
  });

  it("lower-cases, splits on non-alphanumerics and stems only tokens longer than 3 characters", () => {
    expect(tokenize("The Cats' running-dogs, 3.5 was")).toEqual(["the", "cat", "run", "dog", "3", "5", "was"]);
  });

  it("takes the union of LCS hits across summary sentences for ROUGE-Lsum", () => {
    // Reference "a b c d" against two prediction lines "a b" and "c d": the union covers all four.
    const score = rougeLsum("w1 w2 w3 w4", "w1 w2\nw3 w4");
    expect(score.fmeasure).toBeCloseTo(1, 10);
    // Ordinary ROUGE-L on the same tokens agrees, but a swapped order breaks it while Lsum holds.
    expect(rougeLsum("w1 w2 w3 w4", "w3 w4\nw1 w2").fmeasure).toBeCloseTo(1, 10);
    expect(rougeL("w1 w2 w3 w4", "w3 w4\nw1 w2").fmeasure).toBeCloseTo(0.5, 10);
  });

  it("clips ROUGE-Lsum hits so a repeated word counts no more often than it appears", () => {
    const score = rougeLsum("w1 w2\nw3", "w1 w1\nw1 w3");
    // Union LCS finds w1 (first ref line) and w3 (second): 2 hits of 3 ref tokens and 4 predicted.
    expect(score.recall).toBeCloseTo(2 / 3, 10);
    expect(score.precision).toBeCloseTo(2 / 4, 10);
  });
});
