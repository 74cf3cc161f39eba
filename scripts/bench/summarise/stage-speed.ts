// Microseconds an article for each step of the summary and the digest, CPU time, median of runs: where the time goes.
// Usage: node --import tsx scripts/bench/summarise/stage-speed.ts [--bench N]
import { classifySection } from "../../../src/summarise/sections/classify-section.ts";
import { cleanSentence } from "../../../src/summarise/sentences/clean-sentence.ts";
import { countReading } from "../../../src/summarise/sentences/count-reading.ts";
import { digestArticle } from "../../../src/summarise/run/digest-article.ts";
import { extractEntities } from "../../../src/summarise/names/extract-entities.ts";
import { extractKeywords } from "../../../src/summarise/brief/extract-keywords.ts";
import { isJunkSentence } from "../../../src/summarise/sentences/is-junk-sentence.ts";
import { scoreSentences, sentenceWords } from "../../../src/summarise/brief/score-sentences.ts";
import { splitBlock } from "../../../src/summarise/sentences/split-block.ts";
import { splitSentences } from "../../../src/summarise/sentences/split-sentences.ts";
import { summarise } from "../../../src/summarise/brief/summarise-text.ts";
import { tagWords } from "../../../src/summarise/sentences/tag-words.ts";
import { toPlainBlocks } from "../../../src/summarise/sentences/to-plain-blocks.ts";
import { benchArticles, sampleArticles } from "./speed-articles.ts";

/** Timed runs per step (default: 5); the median is reported. */
const RUNS = 5;
const at = process.argv.indexOf("--bench");
// The sample digest's articles, and the first N of the bench's corpus when asked for.
const articles = [...(await sampleArticles()), ...(await benchArticles(at >= 0 ? Number(process.argv[at + 1]) : 0))];
const blocks = articles.map((a) => toPlainBlocks(a.text));
const plains = blocks.map((b) => b.join("\n\n"));
const sentences = articles.map((a) => splitSentences(a.text).map(cleanSentence));
const tagged = plains.map((p) => tagWords(p));

function time(step: string, work: (i: number) => unknown): void {
  for (let i = 0; i < articles.length; i++) work(i);
  const runs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const usage = process.cpuUsage();
    for (let i = 0; i < articles.length; i++) work(i);
    const used = process.cpuUsage(usage);
    runs.push((used.user + used.system) / articles.length);
  }
  console.log(`| ${step} | ${Math.round(runs.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!)} |`);
}

console.log(
  `${articles.length} articles (the sample digest's, and any bench articles asked for)\n| step | µs an article (CPU) |\n|---|---|`,
);
time("summary (all below)", (i) => summarise(articles[i]!, { sentences: 3 }));
time("  toPlainBlocks", (i) => toPlainBlocks(articles[i]!.text));
time("  splitBlock (sbd's rules)", (i) => blocks[i]!.map(splitBlock));
time("  splitSentences (with the two above)", (i) => splitSentences(articles[i]!.text, { blocks: blocks[i] }));
time("  isJunkSentence", (i) => sentences[i]!.map(isJunkSentence));
time("  sentenceWords", (i) => sentenceWords(sentences[i]!));
time("  scoreSentences (with sentenceWords)", (i) =>
  scoreSentences(
    sentences[i]!,
    sentenceWords(sentences[i]!),
    sentences[i]!.map(() => false),
  ),
);
time("full digest (all below)", (i) => digestArticle(articles[i]!, { sentences: 3 }));
time("  tagWords (wink-nlp)", (i) => tagWords(plains[i]!));
time("  extractEntities", (i) => extractEntities(tagged[i]!));
time("  extractKeywords", (i) => extractKeywords(tagged[i]!, articles[i]!.title));
time("  classifySection", (i) => classifySection(plains[i]!, articles[i]!.title));
time("  countReading", (i) => countReading(plains[i]!));
