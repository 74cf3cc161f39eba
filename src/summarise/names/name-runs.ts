// Runs of capitalised words in a tagged sentence that may be a name, and the stretches shouted in capitals.
import { bare } from "./classify-phrase.ts";
import { NAME_JOINERS, TITLE_MODIFIERS, TITLE_WORDS } from "./name-words.ts";
import { isJoiner } from "./read-name-run.ts";
import type { TaggedWord } from "../sentences/tag-words.ts";

/** Verbs of saying right after a name: "Ian Rintoul said", "Hu told reporters". */
export const SPEECH_VERBS = new Set(
  "said says told added asked explained wrote stated argued insisted warned noted replied".split(" "),
);

/** Starts with an upper-case letter; ASCII by character code, since the Unicode test is called for every token. */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^[\p{Lu}]/u.test(word);
}

/** A particle joined to a capitalised name by a hyphen: "al-Assad", "el-Sisi", "bin-Laden". */
const PARTICLE_NAME = /^\p{Ll}{1,3}-\p{Lu}/u;
/** Starts with a lower-case letter (as isCapitalised). */
export function isLowerCase(word: string): boolean {
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : /^\p{Ll}/u.test(word);
}

/** A run of name words, where it starts, and the few tokens around it (", 45 ,", "said"; "shares of"), which can type it. */
export interface NameRun {
  words: string[];
  start: number;
  /** The two tokens before the run, lower case, nearest last. */
  before: string[];
  after: string[];
}

/** True when the tokens from `i` are more joiners and then a capitalised word. */
function joinsName(sentence: TaggedWord[], i: number): boolean {
  let j = i;
  while (j < i + 2 && NAME_JOINERS.has(sentence[j]?.value ?? "")) j++;
  return isCapitalised(sentence[j]?.value ?? "");
}

/** Runs of capitalised proper nouns, with joiners ("of", "bin") allowed between two of them. */
export function nameRuns(sentence: TaggedWord[], from: number): NameRun[] {
  const runs: NameRun[] = [];
  let run: string[] = [];
  const flush = (end: number): void => {
    // Most tokens end no run: leave the empty one as it is rather than make another.
    if (!run.length) return;
    let kept = run.length;
    while (kept && isJoiner(run[kept - 1]!)) kept--;
    const start = end - run.length;
    const lower = (t: TaggedWord): string => t.value.toLowerCase();
    if (kept)
      runs.push({
        words: run.slice(0, kept),
        start,
        before: sentence.slice(Math.max(0, start - 2), start).map(lower),
        after: sentence.slice(end - (run.length - kept), end - (run.length - kept) + 4).map((t) => t.value),
      });
    run = [];
  };
  sentence.forEach((token, i) => {
    if (i < from) return;
    // The first word of a sentence is capitalised anyway; trust it only when tagged a proper noun.
    // A title opening the sentence ("President Lula arrived") is kept so that it can be stripped and confirm the name.
    const nameLike =
      (isCapitalised(token.value) || PARTICLE_NAME.test(token.value)) &&
      (token.pos === "PROPN" ||
        ((i > 0 || TITLE_WORDS.has(bare(token.value)) || TITLE_MODIFIERS.has(bare(token.value))) &&
          (token.pos === "NOUN" || token.pos === "ADJ")));
    // "Downing Street", "Rob Andrew": a capitalised word inside a sentence that wink tags a verb is a name's word when a name word follows.
    // "President Gerald Ford.", "Yvette Cooper said": a capitalised word tagged a verb right after a name's word ends the name.
    const verbInName =
      i > 0 &&
      token.pos === "VERB" &&
      isCapitalised(token.value) &&
      ((isCapitalised(sentence[i + 1]?.value ?? "") && sentence[i + 1]?.pos === "PROPN") ||
        (run.length > 0 && sentence[i - 1]?.pos === "PROPN" && !SPEECH_VERBS.has(token.value.toLowerCase())));
    // "James Cleverly said": a capitalised word tagged an adverb right after a name's word, before "said" or a comma, ends the name too.
    const adverbInName =
      i > 0 &&
      token.pos === "ADV" &&
      /^\p{Lu}\p{Ll}/u.test(token.value) &&
      run.length > 0 &&
      sentence[i - 1]?.pos === "PROPN" &&
      (SPEECH_VERBS.has(sentence[i + 1]?.value ?? "") || sentence[i + 1]?.value === ",");
    if (nameLike || verbInName || adverbInName) run.push(token.value);
    // "Ursula von der Leyen": joiners may follow one another before the name goes on.
    else if (run.length && isJoiner(token.value) && joinsName(sentence, i + 1)) run.push(token.value);
    else flush(i);
  });
  flush(sentence.length);
  return runs;
}

/** Written in capitals: "LOT", "U.S." (a word of two letters or more). */
const isAllCapitals = (word: string): boolean => /^\p{Lu}[\p{Lu}.&'’-]+$/u.test(word);

/**
 * The tokens of a sentence shouted in capitals: stretches of three words in capitals or
 * more ("I WON THIS ELECTION, BY A LOT!"; "I" and "A" and punctuation go along).
 */
export function shoutedTokens(sentence: TaggedWord[]): Set<number> {
  const shouted = new Set<number>();
  let stretch: number[] = [];
  let words = 0;
  const close = (): void => {
    if (words >= 3) for (const i of stretch) shouted.add(i);
    stretch = [];
    words = 0;
  };
  sentence.forEach(({ value }, i) => {
    // Most words start with a lower-case ASCII letter: neither capitals nor a word that goes along.
    const first = value.charCodeAt(0);
    if (first >= 97 && first <= 122) close();
    else if (isAllCapitals(value)) {
      stretch.push(i);
      words++;
    } else if (/^[AI]$/.test(value) || !/[\p{L}\d]/u.test(value)) stretch.push(i);
    else close();
  });
  close();
  return shouted;
}
