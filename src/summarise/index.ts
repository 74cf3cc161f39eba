// The summarise stage: what it offers the rest of the pipeline.
export { summarise } from "./summarise-text.ts";
export { digestArticle } from "./digest-article.ts";
export { digestAll, type DigestAllOptions, type DigestAllResult } from "./digest-all.ts";
export { splitSentences } from "./split-sentences.ts";
export { classifySection, SECTIONS, type Section } from "./classify-section.ts";
export { summarizeJsonl } from "./summarize-jsonl.ts";
