// Runs wink-nlp once over an article and returns its words with part-of-speech tags, by sentence.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { maskToLatin1 } from "../names/mask-to-latin1.ts";

/** One token: its text and its universal POS tag (PROPN, NOUN, ...). */
export interface TaggedWord {
  value: string;
  pos: string;
}

/** Loaded once per process: building the model costs far more than reading a document with it. */
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

/** The first id wink gives a word outside its lexicon: known words have smaller ids. */
let firstUnknownId: number | undefined;
/** Each word's tag when read alone, or null outside the lexicon, by lower-case form. */
const known = new Map<string, string | null>();

/**
 * The tag wink gives the word read alone in lower case ("regarding" VERB, "market" NOUN) when its English
 * lexicon holds it; undefined for a word it never saw ("stefano", "jazeera"). Memoised. The first word wink
 * meets outside its lexicon gets the lexicon's size as its id (wink-nlp src/cache.js, `add`), so a nonsense
 * word read first, when the model is loaded, marks where the lexicon ends.
 */
export function dictionaryTag(word: string): string | undefined {
  const key = word.toLowerCase();
  let found = known.get(key);
  if (found === undefined) {
    const loaded = loadNlp();
    const tokens = loaded.readDoc(key).tokens();
    const ids = tokens.out(loaded.its.uniqueId) as number[];
    found = ids.length === 1 && ids[0]! < firstUnknownId! ? (tokens.out(loaded.its.pos) as string[])[0]! : null;
    forgetMetWords();
    if (known.size >= 50_000) known.clear();
    known.set(key, found);
  }
  return found ?? undefined;
}

/** True when wink's English lexicon holds the word in lower case ("regarding", "market", "bill"). */
export const isDictionaryWord = (word: string): boolean => dictionaryTag(word) !== undefined;

/** The words wink has met, as its model keeps them: a word's id by its text, and the texts in id order. */
interface Lexemes {
  hash: Record<string, number>;
  list: string[];
}
/** The loaded model's lexemes. */
let lexemes: Lexemes | undefined;
/** The ids below this are forgotten or the lexicon's own. */
let forgotten = 0;
/** Words met and forgotten at most before the model is loaded again: its lists hold them (about 100 bytes each). */
const MAX_MET_WORDS = 300_000;

/**
 * Makes wink forget the words the last document taught it, so that the next is read as if first. wink keeps every
 * word it meets in its lexicon, and its tokenizer then keeps a text whole that it would have split, had it not met
 * it before ("people's" one token or two after "people's," was read). 421 of the 10,000 bench articles' digests differed
 * between two clean builds, and 82 of 500 when digested in the reverse order. The words stay in wink's lists (their ids
 * are never given again); only its lookup forgets them.
 */
function forgetMetWords(): void {
  if (!lexemes) return;
  const { hash, list } = lexemes;
  for (let id = forgotten; id < list.length; id++) if (hash[list[id]!] === id) delete hash[list[id]!];
  forgotten = list.length;
  // The lists only grow: past this many words met, the model is loaded afresh (some 40 ms), which reads alike.
  if (forgotten - firstUnknownId! > MAX_MET_WORDS) nlp = undefined;
}

/** The model, loaded once, with where its lexicon ends. */
function loadNlp(): ReturnType<typeof winkNLP> {
  if (!nlp) {
    // wink builds its core model by calling `core`: the model's lexemes are taken from what it returns.
    const core = (model as unknown as { core: () => { features: { lexeme: Lexemes } } }).core;
    const captured = {
      ...model,
      core: () => {
        const built = core();
        lexemes = built.features.lexeme;
        return built;
      },
    } as unknown as typeof model;
    nlp = winkNLP(captured, PIPE);
    firstUnknownId = (nlp.readDoc("qxzqjvk").tokens().out(nlp.its.uniqueId) as number[])[0]!;
    forgotten = firstUnknownId;
    forgetMetWords();
  }
  return nlp;
}

/** A token is name-like on either side of a hyphen: "Suk-yeol", "al-Assad", "Okonjo-Iweala". */
const NAMED_PART = /^\p{Lu}/u;

/**
 * Tags the text's words, sentence by sentence (wink's own sentence split, good enough
 * for tags). wink reads a copy whose letters outside Latin-1 are masked, and each
 * token's text is taken back from `text` at the same offsets; a hyphenated word with a
 * capitalised part ("Yoon Suk-yeol", "Bashar al-Assad") is one token, as a name is one.
 */
export function tagWords(text: string): TaggedWord[][] {
  const its = loadNlp().its;
  const masked = maskToLatin1(text);
  const doc = loadNlp().readDoc(masked);
  const sentences: TaggedWord[][] = [];
  let cursor = 0;
  doc.sentences().each((sentence: { tokens(): { out(f: unknown): unknown } }) => {
    const tokens = sentence.tokens();
    const values = tokens.out(its.value) as string[];
    const pos = tokens.out(its.pos) as string[];
    // Lemmas are left out: wink computes them slowly, and keywords group words by stem instead.
    const words: (TaggedWord & { start: number; end: number })[] = [];
    values.forEach((value, i) => {
      const at = masked.indexOf(value, cursor);
      // wink returns the text's own characters; should it ever not, the token is kept as wink gave it.
      const start = at < 0 ? -1 : at;
      if (at >= 0) cursor = at + value.length;
      const original = at < 0 ? value : text.slice(at, at + value.length);
      const tag = steadyPos(original, pos[i] ?? "X");
      const previous = words[words.length - 1];
      const hyphen = words[words.length - 2];
      if (
        previous?.value === "-" &&
        hyphen &&
        start >= 0 &&
        hyphen.end === previous.start &&
        previous.end === start &&
        /\p{L}$/u.test(hyphen.value) &&
        /^\p{L}/u.test(original) &&
        (NAMED_PART.test(hyphen.value) || NAMED_PART.test(original))
      ) {
        words.length -= 1;
        hyphen.value = `${hyphen.value}-${original}`;
        hyphen.pos = "PROPN";
        hyphen.end = start + value.length;
      } else words.push({ value: original, pos: tag, start, end: start < 0 ? -1 : start + value.length });
    });
    sentences.push(words.map(({ value, pos: p }) => ({ value, pos: p })));
  });
  forgetMetWords();
  return sentences;
}
