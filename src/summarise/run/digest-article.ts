// The full per-article result of the summarise stage: summary, keywords, entities, section, reading time, and the opening's words.
import type { Digest, SummaryInput, SummaryOptions } from "../../model/types.ts";
import { classifyStems } from "../sections/classify-section.ts";
import { countedWords, openingWords } from "../sentences/content-words.ts";
import { countReading } from "../sentences/count-reading.ts";
import { extractEntities } from "../names/extract-entities.ts";
import { extractKeywords } from "../brief/extract-keywords.ts";
import { DEFAULT_SENTENCES, summariseBody } from "../brief/summarise-text.ts";
import { tagWords } from "../sentences/tag-words.ts";
import { toPlainBlocks } from "../sentences/to-plain-blocks.ts";
import { tokenizeWords } from "../sentences/tokenize-words.ts";

/** Digests one article; `options.sentences` is the summary length (default: 3). */
export function digestArticle(input: SummaryInput, options: SummaryOptions = {}): Digest {
  const blocks = toPlainBlocks(input.text);
  const k = Math.max(0, Math.floor(options.sentences ?? DEFAULT_SENTENCES));
  const { summary, sentences, stems } = summariseBody(input.text, k, blocks);
  // The sentences hold the body's words in order, so the section is scored on the stems
  // that scoring made, rather than on the whole text tokenised again.
  const bodyStems = sentences.map((sentence, i) => stems[i] ?? tokenizeWords(sentence));
  const plain = blocks.join("\n\n");
  const tagged = tagWords(plain);
  const { people, places, organisations } = extractEntities(tagged);
  return {
    summary,
    keywords: extractKeywords(tagged, input.title),
    people,
    places,
    organisations,
    section: classifyStems(bodyStems, input.title),
    ...countReading(plain),
    openingWords: openingWords(input.text),
    eventWords: countedWords(`${input.title ?? ""}\n${input.text}`),
  };
}
