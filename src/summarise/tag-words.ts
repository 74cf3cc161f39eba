// Runs wink-nlp once over an article and returns its words with part-of-speech tags, by sentence.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** One token: its text and its universal POS tag (PROPN, NOUN, ...). */
export interface TaggedWord {
  value: string;
  pos: string;
}

/** Loaded once per process: building the model takes ~100 ms, reading a document ~1–3 ms. */
let nlp: ReturnType<typeof winkNLP> | undefined;
/**
 * wink's annotations that digests use: sentences and tags. Its default pipe also runs
 * named-entity patterns, negation and sentiment, which touch no token's tag (wink-nlp
 * src/wink-nlp.js, readDoc: only the "pos" step writes tags) and took over half of
 * readDoc's time.
 */
const PIPE = ["sbd", "pos"];

/**
 * wink caches every unseen token process-wide with the features of its first
 * occurrence, including its token type (wink-nlp src/cache.js, `add`): "USD" first
 * met before a number is a currency and is tagged SYM ever after; first met as a
 * word, it is PROPN. So a tag could depend on which articles the process read
 * before, and a digest made in a worker differ from one made in-process. A token
 * of letters is never a symbol, so its tag is made the same whatever came first.
 */
function steadyPos(value: string, pos: string): string {
  if ((pos === "SYM" || pos === "X") && /^\p{L}+$/u.test(value)) return /^\p{Lu}/u.test(value) ? "PROPN" : "NOUN";
  return pos;
}

/** Tags the text's words, sentence by sentence (wink's own sentence split, good enough for tags). */
export function tagWords(text: string): TaggedWord[][] {
  nlp ??= winkNLP(model, PIPE);
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const sentences: TaggedWord[][] = [];
  doc.sentences().each((sentence: { tokens(): { out(f: unknown): unknown } }) => {
    const tokens = sentence.tokens();
    const values = tokens.out(its.value) as string[];
    const pos = tokens.out(its.pos) as string[];
    // Lemmas are left out: wink computes them slowly, and keywords group words by stem instead.
    sentences.push(values.map((value, i) => ({ value, pos: steadyPos(value, pos[i] ?? "X") })));
  });
  return sentences;
}
