// The full per-article result of the summarise stage: summary, key points, keywords, entities, reading time.
import type { Digest, SummaryInput, SummaryOptions } from "../types.ts";
import { classifySection } from "./classify-section.ts";
import { countReading } from "./count-reading.ts";
import { extractEntities } from "./extract-entities.ts";
import { extractKeyPoints } from "./extract-key-points.ts";
import { extractKeywords } from "./extract-keywords.ts";
import { summarise } from "./summarise-text.ts";
import { tagWords } from "./tag-words.ts";
import { toPlainBlocks } from "./to-plain-blocks.ts";

/** Digests one article; `options.sentences` is the summary length (default: 3). */
export function digestArticle(input: SummaryInput, options: SummaryOptions = {}): Digest {
  const blocks = toPlainBlocks(input.text);
  const summary = summarise(input, options, blocks);
  const plain = blocks.join("\n\n");
  const tagged = tagWords(plain);
  const { people, places, organisations } = extractEntities(tagged);
  return {
    summary,
    keyPoints: extractKeyPoints(summary),
    keywords: extractKeywords(tagged, input.title),
    people,
    places,
    organisations,
    section: classifySection(plain, input.title),
    ...countReading(plain),
  };
}
