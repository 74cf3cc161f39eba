// The summarise stage: what it offers the rest of the pipeline.
export { summarise } from "./brief/summarise-text.ts";
export { digestArticle } from "./run/digest-article.ts";
export { digestAll, type DigestAllOptions, type DigestAllResult } from "./run/digest-all.ts";
export { splitSentences } from "./sentences/split-sentences.ts";
export { classifySection, SECTIONS, type Section } from "./sections/classify-section.ts";
export { summarizeJsonl } from "./run/summarize-jsonl.ts";
