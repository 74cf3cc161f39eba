// Tells which sentences cannot stand in a brief on their own: open quotations, speaker labels, headings, back-references.
import { cachedByText } from "../../util/cached-by-text.ts";

/** Why a brief (or one of its sentences) does not stand on its own. */
export type BriefFault = "open-quotation" | "speaker-label" | "heading" | "unintroduced";

/** The kinds of fault, in the order reports list them. */
export const BRIEF_FAULTS: BriefFault[] = ["open-quotation", "speaker-label", "heading", "unintroduced"];

/**
 * An interview's speaker label opening a sentence: a name of two to four capitalised words or initials, or one
 * to three capitals, then a colon ("William S. Saturn: What…", "Q: …", "WN: …"). A reported "he said: …" has a
 * lower-case word before the colon; a caption's single word ("Wanted: …") is a label only where it recurs (an
 * interview's "Wikinews: …"), which `labelWord` finds.
 */
const SPEAKER_LABEL = /^(?:[\p{Lu}][\p{L}'’.-]*\.?\s+){1,3}[\p{Lu}][\p{L}'’.-]*:\s+\S|^[\p{Lu}]{1,3}:\s+\S/u;

/** A single capitalised word and a colon opening a sentence: a speaker's label when it recurs, else a caption's. */
const LABEL_WORD = /^([\p{Lu}][\p{L}'’-]*):\s+\S/u;

/** The single-word label a sentence opens with ("Wikinews"), if any. */
export const labelWord = (sentence: string): string | undefined => LABEL_WORD.exec(sentence.trim())?.[1];

/** A sentence that ends as sentences do; a heading or a caption does not. */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

/** Pronouns and demonstratives that point back to someone or something the brief must have named before. */
const POINTS_BACK = new Set("he she they him her his hers their theirs them".split(" "));

/** Connectives that answer or continue the sentence just before: they need that very sentence. */
const CONTINUES = new Set(
  (
    "however also moreover furthermore nevertheless nonetheless instead thus therefore besides additionally likewise " +
    "similarly"
  ).split(" "),
);

/** Capitalised words that open sentences without being names (checked before a word is taken for a surname). */
const NOT_NAMES = new Set(
  (
    "a an the this that these those there then he she it they we i you his her their our but and or so yet if when " +
    "while after before as at in on by for from to of with without however meanwhile also still now mr mrs ms dr " +
    "officials police some many most one two three last next new"
  ).split(" "),
);

/** How far a quotation is open after a text: +1 per opening mark, −1 per closing one (straight quotes alternate). */
export function quoteDepth(text: string, start = 0): number {
  let depth = start;
  let straightOpen = start > 0;
  for (const char of text) {
    if (char === "“") depth++;
    else if (char === "”") depth--;
    else if (char === '"') {
      depth += straightOpen ? -1 : 1;
      straightOpen = !straightOpen;
    }
  }
  return depth;
}

/** True when a sentence opens or closes a quotation that it does not also close or open. */
export const hasOpenQuotation = (sentence: string): boolean => {
  let depth = 0;
  for (const char of sentence) {
    if (char === "“") depth++;
    else if (char === "”" && --depth < 0) return true;
  }
  if (depth !== 0) return true;
  return (sentence.match(/"/g) ?? []).length % 2 === 1;
};

export const hasSpeakerLabel = (sentence: string): boolean => SPEAKER_LABEL.test(sentence.trim());

/**
 * A heading or caption: a paragraph of its own with no full stop, question or exclamation mark at its end. (Texts
 * that lost their paragraph breaks also lose full stops at the breaks: an unended sentence inside a paragraph is
 * prose run together, not a heading.)
 */
export const isHeading = (sentence: string, ownBlock = false): boolean =>
  ownBlock && !SENTENCE_END.test(sentence.trim());

/** What a sentence cannot do in a brief wherever it stands: leave a quotation open, carry a label, be a heading. */
export function sentenceFaults(sentence: string, ownBlock = false): BriefFault[] {
  const faults: BriefFault[] = [];
  if (hasOpenQuotation(sentence)) faults.push("open-quotation");
  if (hasSpeakerLabel(sentence)) faults.push("speaker-label");
  if (isHeading(sentence, ownBlock)) faults.push("heading");
  return faults;
}

/** The single-word labels that open two sentences or more of an article: its speakers ("Wikinews"). */
export function recurringLabels(sentences: string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    const word = labelWord(sentence);
    if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([word]) => word));
}

/**
 * Every fault of each sentence of an article, knowing the article: its recurring speaker labels, and which
 * sentences are paragraphs of their own (`blocks`, the article's plain blocks, when known).
 */
export function articleSentenceFaults(sentences: string[], blocks?: string[]): BriefFault[][] {
  const labels = recurringLabels(sentences);
  const own = new Set(blocks ?? []);
  return sentences.map((sentence) => {
    const faults = sentenceFaults(sentence, own.has(sentence));
    const word = labelWord(sentence);
    if (word && labels.has(word) && !faults.includes("speaker-label")) faults.push("speaker-label");
    return faults;
  });
}

const firstWord = (sentence: string): string => /^[^\p{L}\p{N}]*([\p{L}\p{N}'’-]+)/u.exec(sentence)?.[1] ?? "";

/** Openings that look back but do not: "This Sunday, …", "It was reported that …". */
const STANDS_ALONE =
  /^[^\p{L}]*(?:(?:this|that|these|those|last|next)\s+(?:morning|afternoon|evening|night|week|weekend|month|year|season|spring|summer|autumn|fall|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|it\s+(?:is|was|has\s+been)\s+(?:reported|announced|said|expected|believed|understood|thought|estimated|unclear|not\s+known)\b)/iu;

/** How a sentence leans on what comes before it: "previous" (a connective), "earlier" (a pronoun), or not at all. */
export function leansOn(sentence: string): "previous" | "earlier" | undefined {
  if (STANDS_ALONE.test(sentence)) return undefined;
  const word = firstWord(sentence).toLowerCase();
  return CONTINUES.has(word) ? "previous" : POINTS_BACK.has(word) ? "earlier" : undefined;
}

/** True when a sentence opens with a pronoun or connective that needs a sentence before it. */
export const leansBack = (sentence: string): boolean => leansOn(sentence) !== undefined;

/**
 * The surname a sentence opens with, when the text before it names that person in full ("Asif noted…" after
 * "Defence Minister Khawaja Asif…"): a capitalised word followed by a lower-case one, that ends a longer name
 * in `before` (its first `end` characters). Undefined when the sentence opens otherwise.
 */
export function openingSurname(sentence: string, before: string, end = before.length): string | undefined {
  const match = /^([\p{Lu}][\p{Ll}'’-]+)\s+[\p{Ll}]/u.exec(sentence.trim());
  const word = match?.[1];
  if (!word || NOT_NAMES.has(word.toLowerCase())) return undefined;
  return namesInFull(before, word, end) ? word : undefined;
}

/** A name of two words or more ending in the surname, matched where it ends (sticky): made once per surname. */
const fullNameEnding = cachedByText(
  (surname) => new RegExp(`(?<=[\\p{Lu}][\\p{L}.'’-]*\\s+)${surname}(?![\\p{L}])`, "uy"),
  10_000,
);

/**
 * True when `text` (its first `end` characters) names the person whose surname is `surname` with a word before it
 * ("Khawaja Asif"). Only the surname's occurrences are looked at: one expression run over the whole text before
 * each of an article's sentences made briefs quadratic in the article's length.
 */
export function namesInFull(text: string, surname: string, end = text.length): boolean {
  const fullName = fullNameEnding(surname);
  for (let at = text.indexOf(surname); at >= 0 && at + surname.length <= end; at = text.indexOf(surname, at + 1)) {
    fullName.lastIndex = at;
    if (fullName.test(text)) return true;
  }
  return false;
}

/**
 * The faults of a brief, its sentences in article order, given every sentence of its article (and its plain
 * blocks, when known): a quotation left open at the brief's end, a speaker label, a heading, or a sentence that
 * leans on one the brief left out (a connective whose previous sentence is not the brief's previous one, a pronoun
 * opening the brief, a surname whose full name the brief never gave). Each kind is listed once.
 */
export function findBriefFaults(brief: string[], article: string[], blocks?: string[]): BriefFault[] {
  const faults = new Set<BriefFault>();
  const ofArticle = articleSentenceFaults(article, blocks);
  let depth = 0;
  brief.forEach((sentence, i) => {
    depth = quoteDepth(sentence, depth);
    if (depth < 0) faults.add("open-quotation");
    const at = article.indexOf(sentence);
    for (const fault of at >= 0 ? ofArticle[at]! : sentenceFaults(sentence))
      if (fault !== "open-quotation") faults.add(fault);
    const leaning = leansOn(sentence);
    const follows = at > 0 && i > 0 && article[at - 1] === brief[i - 1];
    if ((leaning === "previous" && !follows) || (leaning === "earlier" && i === 0)) faults.add("unintroduced");
    const surname = openingSurname(sentence, at > 0 ? article.slice(0, at).join(" ") : "");
    if (surname && !namesInFull(brief.slice(0, i).join(" "), surname)) faults.add("unintroduced");
  });
  if (depth !== 0) faults.add("open-quotation");
  return BRIEF_FAULTS.filter((fault) => faults.has(fault));
}
