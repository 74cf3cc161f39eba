// Splits sentences that news pages glued together without a full stop: photo captions run into the text.
import { STOPWORDS } from "../../util/stopwords.ts";

/**
 * Words that open a sentence and, written with a capital after a content word
 * with no stop between, show a missing full stop ("… than a colleague The cost of
 * divorce …", "… in Dortmund on Wednesday He said …"). "I", "A" and "An" are left
 * out: they are capitalised mid-sentence too ("Plan A", "what I said").
 */
const OPENERS = "The|He|She|They|It|His|Her|Their|This|These|Those|We|But";
/**
 * The opener must be followed by a lower-case word: "The cost of …", "He said …".
 * A capital after it is more often a title or a name ("The History Boys", "It Came
 * To Them"), and titles of works follow possessives and verbs without a stop.
 */
const GLUED_OPENER = new RegExp(`(?<=[\\p{Ll}\\d%)])\\s+(?=(?:${OPENERS})\\s+\\p{Ll})`, "gu");
/** "Police" opens a caption's next sentence only after a lower-case word: "… pornography Police in Maryland …", not "Abbotsford Police". */
const GLUED_POLICE = /(?<=[\p{Ll}\d])\s+(?=Police\s+\p{Ll})/gu;
/** An opening quote with a capital after a word and no punctuation: "… on Friday ‘I’d be over the moon …". */
const GLUED_QUOTE = /(?<=[\p{Ll}\d%)])\s+(?=[‘“"']\p{Lu})/gu;

/**
 * Words after which a capitalised opener is part of the same sentence: function
 * words ("told The Times", "at The Elbow") and verbs that introduce a name or a
 * quotation ("titled 'Until It Came'", "dubbed 'The Musketeers'").
 */
const KEEPS_TOGETHER = new Set([
  ...STOPWORDS,
  ..."to of in on at by for from with into onto about as than and or nor but if so because since when where what why while that which who whom told tell include includes included including words mean means deemed titled dubbed called named nicknamed branded labelled labeled entitled reading read reads wrote writes saying said says added adding asked shouted tweeted think thought see saw".split(
    " ",
  ),
]);

function lastWord(text: string): string {
  const match = /([\p{L}\d%)'’-]+)$/u.exec(text);
  return (match?.[1] ?? "").toLowerCase().replace(/[)'’]+$/, "");
}

/** True when the quotation opened at `rest` runs on for more than four words (a quoted sentence, not a name). */
function opensLongQuote(rest: string): boolean {
  const words = rest.split(/\s+/).slice(0, 5);
  return (
    words.length === 5 &&
    !words.slice(0, 4).some((w, i) => /[’'"”]$/.test((i === 0 ? w.slice(1) : w).replace(/[,.;:!?]+$/, "")))
  );
}

/** Splits one sentence at the places where a full stop is missing; pieces keep every character but the space. */
export function splitGlued(sentence: string): string[] {
  // Most sentences have no capital after a lower-case word and a space at all: skip the patterns.
  if (!/[\p{Ll}\d%)]\s+[^\s\p{Ll}]/u.test(sentence)) return [sentence];
  const cuts: number[] = [];
  for (const pattern of [GLUED_OPENER, GLUED_POLICE, GLUED_QUOTE]) {
    pattern.lastIndex = 0;
    for (const match of sentence.matchAll(pattern)) {
      const at = match.index;
      const before = sentence.slice(0, at);
      const word = lastWord(before);
      // "Alan Bennett's The History Boys": a possessive takes a title, not a new sentence.
      if (!word || KEEPS_TOGETHER.has(word) || /['’]s?$/.test(before)) continue;
      const rest = sentence.slice(at + match[0].length);
      if (pattern === GLUED_QUOTE && !opensLongQuote(rest)) continue;
      if (pattern === GLUED_POLICE && !/(?:^|\s)\p{Ll}[^\s]*$/u.test(before)) continue;
      cuts.push(at);
    }
  }
  if (!cuts.length) return [sentence];
  cuts.sort((a, b) => a - b);
  const pieces: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    pieces.push(sentence.slice(start, cut).trim());
    start = cut;
  }
  pieces.push(sentence.slice(start).trim());
  // A piece of fewer than three words is no sentence: keep it with its neighbour.
  const out: string[] = [];
  for (const piece of pieces.filter(Boolean)) {
    if (out.length && piece.split(/\s+/).length < 3) out[out.length - 1] += ` ${piece}`;
    else if (out.length && out[out.length - 1]!.split(/\s+/).length < 3) out[out.length - 1] += ` ${piece}`;
    else out.push(piece);
  }
  return out;
}
