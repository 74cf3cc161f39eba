// The stories' text vectors for related stories: the same whichever table numbers their words, and in a worker thread.
import { describe, expect, it } from "vitest";
import { textCosine, textVectors, type TextVector, type VectorText } from "../../src/render/text-vectors.ts";
import { textVectorsInWorker } from "../../src/render/text-vectors-in-worker.ts";
import { KeptBetweenBuilds } from "../../src/util/kept-between-builds.ts";

/** Texts of made-up words ("kelvorn", "dastrupe"), enough of them for a few hundred thousand two-word phrases. */
function madeUpTexts(count: number, seed: number): VectorText[] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  const syllables = ["kel", "vorn", "das", "trup", "mib", "zal", "quor", "fen", "tish", "brod", "wex", "lum"];
  const word = () => Array.from({ length: 3 }, () => syllables[Math.floor(next() * syllables.length)]).join("");
  const vocabulary = Array.from({ length: 1_500 }, word);
  const words = (length: number) =>
    Array.from({ length }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(" ");
  return Array.from({ length: count }, (_, index) => ({ title: words(6), text: `${words(120)}.`, key: `t${index}` }));
}

const plain = (vectors: TextVector[]) => vectors.map(({ ids, weights }) => ({ ids: [...ids], weights: [...weights] }));

describe("text vectors", () => {
  const texts = madeUpTexts(2_000, 7);

  it("are the same from a table that already numbers other texts' words and phrases as from a fresh one", () => {
    const kept = new KeptBetweenBuilds();
    textVectors(madeUpTexts(1_000, 99), { kept });
    const fresh = textVectors(texts);
    expect(plain(textVectors(texts, { kept }))).toEqual(plain(fresh));
    expect(fresh.every((vector) => vector.ids.length > 100)).toBe(true);
  });

  it("tell a shared phrase from the same words in another order, among hundreds of thousands of phrases", () => {
    const [one, two] = [0, 1].map((index) => texts[index]!.text);
    const pair = (first: string, second: string) =>
      textCosine(
        ...(textVectors([...texts, { title: "", text: first }, { title: "", text: second }]).slice(-2) as [
          TextVector,
          TextVector,
        ]),
      );
    const phrase = "kelvornmib dastruptish";
    const shared = pair(`${phrase} ${one}`, `${phrase} ${two}`);
    const apart = pair(`${phrase} ${one}`, `dastruptish ${two} kelvornmib`);
    expect(shared).toBeGreaterThan(apart);
  });

  it("made in a worker thread are the ones made in this thread", async () => {
    const made = textVectorsInWorker(texts, { maxDf: 100 });
    try {
      expect(plain(await made.vectors)).toEqual(plain(textVectors(texts, { maxDf: 100 })));
    } finally {
      made.end();
    }
  }, 30_000);
});
