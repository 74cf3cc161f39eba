// Splits an article body into sentences, robust to the abbreviations, quotes and numbers of news copy.
import { splitBlock } from "./split-block.ts";
import { splitGlued } from "./split-glued.ts";
import { toPlainBlocks } from "./to-plain-blocks.ts";

/**
 * Capitalised words that usually open a new sentence. After "U.S." or "U.N." a
 * word like "Security" continues the name, but "The" or "He" starts afresh.
 */
const STARTERS = new Set(
  (
    "a an the this that these those there then thus he she it its they we i you his her their our " +
    "but and or so yet if when while after before as at in on by for from to of with without " +
    "however meanwhile also still now officials police some many most one two three"
  ).split(" "),
);

/** Ends with a dotted acronym such as "U.S." or "D.C." (sbd splits after them). */
const DOTTED_ACRONYM = /(?:^|[\s(])(?:[A-Z]\.){2,}$/;

/** A piece with no letters or digits, e.g. a stray closing quote or bracket. */
const NO_WORDS = /^[^\p{L}\p{N}]*$/u;

function firstWord(sentence: string): string {
  const match = /^[^\p{L}\p{N}]*([\p{L}\p{N}]+)/u.exec(sentence);
  return match?.[1] ?? "";
}

/** Repairs the splits sbd gets wrong on news copy. */
function repair(pieces: string[]): string[] {
  const out: string[] = [];
  for (const raw of pieces) {
    const piece = raw.trim();
    if (!piece) continue;
    const previous = out[out.length - 1];
    if (previous !== undefined) {
      const word = firstWord(piece);
      const continuesName = DOTTED_ACRONYM.test(previous) && /^[A-Z]/.test(word) && !STARTERS.has(word.toLowerCase());
      // A lower-case start means sbd cut inside a sentence ("... Jan. 5 at 3 p.m. on ...").
      const startsLower = /^[a-z]/.test(piece);
      if (continuesName || startsLower || NO_WORDS.test(piece)) {
        out[out.length - 1] = `${previous} ${piece}`;
        continue;
      }
    }
    out.push(piece);
  }
  return out;
}

/** A plain fallback so that no input, however odd, makes splitting throw. */
function splitSimply(block: string): string[] {
  return block.match(/[^.!?]+(?:[.!?]+["'”’)\]]*|$)/g) ?? [block];
}

/**
 * Sentences in one block from which the block is taken for a page whose paragraph
 * breaks were lost (default: 6). Only there do captions and headings run into the
 * text without a full stop, so only there is `splitGlued` applied: in a text with
 * paragraphs, a capital after a word is a name or a title, not a new sentence.
 */
export const GLUED_BLOCK_SENTENCES = 6;

/** Splitting options; the default is what the summariser uses. */
export interface SplitOptions {
  /** Split sentences glued without a full stop in long unbroken blocks (default: true). */
  glued?: boolean;
  /** The text's blocks, when the caller has them from toPlainBlocks already (default: made here). */
  blocks?: string[];
}

/**
 * Splits text into sentences. Blank lines (paragraph breaks) and Markdown block
 * lines always end a sentence; within a paragraph, sbd's rules (splitBlock) with
 * its default abbreviations plus news titles find the ends. Never throws; returns [] for
 * blank input.
 */
export function splitSentences(text: string, options: SplitOptions = {}): string[] {
  const glued = options.glued ?? true;
  if (typeof text !== "string" || !/\S/.test(text)) return [];
  const sentences: string[] = [];
  for (const block of options.blocks ?? toPlainBlocks(text)) {
    let pieces: string[];
    try {
      pieces = splitBlock(block);
    } catch {
      pieces = splitSimply(block);
    }
    const repaired = repair(pieces);
    const unbroken = glued && repaired.length >= GLUED_BLOCK_SENTENCES;
    for (const sentence of repaired) {
      if (unbroken) sentences.push(...splitGlued(sentence));
      else sentences.push(sentence);
    }
  }
  return sentences;
}
