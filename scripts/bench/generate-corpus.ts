// Writes a realistic, seeded corpus of raw plain-text news articles, recombined from the sample articles in content/.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadSamples, type Sample } from "./load-samples.ts";

/** Options of `generateCorpus`. */
export interface CorpusOptions {
  /** How many article files to write. */
  count: number;
  /** Folder the files go into (created when missing). */
  dir: string;
  /** Seed of the pseudo-random choices: the same seed gives the same files (default: 1). */
  seed?: number;
  /** Index of the first article (default: 0): article i is the same whatever the count, so corpora nest. */
  start?: number;
}

/** One generated article file: its name (no folder) and its text. */
export interface GeneratedArticle {
  name: string;
  text: string;
}

/** Bump when the generator's output changes, so cached corpora are regenerated. */
export const CORPUS_VERSION = 2;

interface Vocabulary {
  /** The sample articles of content/articles/ (Wikinews, CC BY 2.5: see README, "Sample content and credits"). */
  samples: (Sample & { sentences: string[] })[];
  sentences: string[];
  /** Multi-word proper names (people, places, organisations) seen in the samples, most frequent first. */
  names: string[];
  byCategory: Map<string, number[]>;
}

// Two to four capitalised words: "José Dirceu", "United Nations Security Council". A name joined by "of" counts too.
const NAME = /\b[A-Z][a-zà-ÿ'’-]+(?:\s(?:of\s)?[A-Z][a-zà-ÿ'’-]+){1,3}\b/gu;
// Numbers that are not years: 12, 2,500, 3.4.
const NUMBER = /\b(?!(?:19|20)\d\d\b)\d{1,3}(?:,\d{3})*(?:\.\d+)?\b/g;
const SENTENCE_END = /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z])/u;

let vocabulary: Vocabulary | undefined;

function loadVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const samples = loadSamples().map((sample) => ({
    ...sample,
    sentences: sample.paragraphs.flatMap((p) => p.split(SENTENCE_END)),
  }));
  const counts = new Map<string, number>();
  for (const sample of samples)
    for (const name of sample.paragraphs.join(" ").match(NAME) ?? []) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  const byCategory = new Map<string, number[]>();
  samples.forEach((sample, index) => {
    for (const category of sample.groups) byCategory.set(category, [...(byCategory.get(category) ?? []), index]);
  });
  vocabulary = { samples, sentences: samples.flatMap((s) => s.sentences), names, byCategory };
  return vocabulary;
}

/** A small, fast, seedable generator (mulberry32); `next()` is uniform in [0, 1). */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number): number => Math.floor(next() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  // Zipf-like: a few items very often, a long tail rarely, as names and topics are in news.
  const skewed = <T>(items: readonly T[], power = 3): T => items[Math.floor(items.length * next() ** power)]!;
  const chance = (p: number): boolean => next() < p;
  // Log-normal by Box-Muller: word counts of news stories have a long right tail.
  const logNormal = (median: number, sigma: number): number =>
    median * Math.exp(sigma * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()));
  return { next, int, pick, skewed, chance, logNormal };
}
type Random = ReturnType<typeof randomSource>;

/** The seed of article `index`: independent of the others, so any article can be made alone. */
function articleSeed(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return (h ^ (h >>> 15)) >>> 0;
}

const CITIES = [
  "LONDON",
  "WASHINGTON",
  "NEW YORK",
  "PARIS",
  "BERLIN",
  "TOKYO",
  "SIALKOT",
  "KARACHI",
  "LAHORE",
  "ISLAMABAD",
  "NAIROBI",
  "CAIRO",
  "SYDNEY",
  "MOSCOW",
  "BEIJING",
  "NEW DELHI",
  "MUMBAI",
  "JOHANNESBURG",
  "BRUSSELS",
  "GENEVA",
  "RIO DE JANEIRO",
  "ST. LOUIS",
  "LAGOS",
  "MEXICO CITY",
  "OTTAWA",
  "MADRID",
  "ROME",
  "SEOUL",
  "JAKARTA",
  "DHAKA",
];
const AGENCIES = ["Reuters", "AP", "AFP"];
const SOURCES: [string, string][] = [
  ["Reuters", "https://www.reuters.com"],
  ["Dawn", "https://www.dawn.com"],
  ["Wikinews", "https://en.wikinews.org"],
  ["The Example Times", "https://times.example.com"],
  ["AP", "https://apnews.com"],
  ["Daily Ledger", "https://ledger.example.org"],
  ["Harbour Gazette", "https://gazette.example.net"],
  ["Al Example", "https://al.example.com"],
];
const BYLINES = [
  "Jane Okafor",
  "Rahul Mehta",
  "Ana Souza",
  "Tom Fischer",
  "Mei Lin",
  "Omar Haddad",
  "Sara Lindqvist",
  "Peter Novak",
  "Aisha Bello",
  "Lucas Moreau",
];
const DESK_TOPICS = [
  "politics",
  "economy",
  "sport",
  "health",
  "science",
  "technology",
  "climate",
  "courts",
  "elections",
  "conflict",
  "culture",
  "education",
  "energy",
  "transport",
  "business",
  "diplomacy",
];
const MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const SPAM = [
  "naturally like your web site however you need to take a look at the spelling on several of your posts. I will surely come again again.",
  "great post!! i have been reading your blog for a long time and you always make my day, check my page at www.example-deals.biz thanks",
  "hello admin, I really enjoyed this, could you write more about it? my friends and I would love that, visit http://cheap.example.info",
];
/** The corpus covers two years, ending on this day (UTC). */
const LAST_DAY = Date.UTC(2025, 11, 31);
const DAYS = 731;

/** Replaces names and numbers so that recombined sentences make a new story with its own people and places. */
function substitute(text: string, names: Map<string, string>, random: Random, vocab: Vocabulary): string {
  return text
    .replace(NAME, (name) => {
      // Some names stay (the big ones recur across stories, as in real news); the rest are recast per story.
      if (!names.has(name)) names.set(name, random.chance(0.4) ? name : random.skewed(vocab.names, 2));
      return names.get(name)!;
    })
    .replace(NUMBER, (number) => {
      const digits = number.replace(/\D/g, "");
      const value = Math.max(1, Math.round(random.next() * 10 ** Math.min(digits.length, 6)));
      return number.includes(",") ? value.toLocaleString("en-US") : String(value);
    });
}

/** A date and time in the two-year window: mostly daytime, some near midnight, with a few zone offsets. */
function makeDate(random: Random): { iso: string; day: string } {
  const day = new Date(LAST_DAY - random.int(DAYS) * 86_400_000);
  const roll = random.next();
  // 10% between 23:00 and 23:59 and 5% just after midnight: the cases that decide which edition a story is in.
  const minutes = roll < 0.1 ? 23 * 60 + random.int(60) : roll < 0.15 ? random.int(60) : 6 * 60 + random.int(16 * 60);
  const offset = random.pick(["Z", "Z", "Z", "+00:00", "+05:00", "-05:00", "+01:00", "+09:00"]);
  const ymd = day.toISOString().slice(0, 10);
  const time = `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}:00`;
  return { iso: `${ymd}T${time}${offset}`, day: ymd };
}

/** The dateline that opens the body, in one of the wire styles the importer knows. */
function makeDateline(random: Random, day: string): string {
  const city = random.skewed(CITIES, 2);
  const month = MONTHS[Number(day.slice(5, 7)) - 1]!;
  const styles = [
    `${city} (${random.pick(AGENCIES)}) - `,
    `${city}: `,
    `${city}, ${month} ${Number(day.slice(8, 10))} — `,
  ];
  return random.pick(styles);
}

/** Article `index` of the corpus made with `seed`. */
export function generateArticle(index: number, seed = 1): GeneratedArticle {
  const vocab = loadVocabulary();
  const random = randomSource(articleSeed(seed, index));
  const base = random.pick(vocab.samples);
  const related = base.groups.flatMap((c) => vocab.byCategory.get(c) ?? []).map((i) => vocab.samples[i]!);
  const names = new Map<string, string>();
  const words = Math.round(Math.min(6000, Math.max(60, random.logNormal(480, 0.6))));

  // The body: the base story's paragraphs first, then paragraphs or fresh sentence mixes from related and other stories.
  const paragraphs: string[] = [];
  let count = 0;
  let next = 0;
  while (count < words) {
    let paragraph: string;
    if (next < base.paragraphs.length && random.chance(0.7)) paragraph = base.paragraphs[next++]!;
    else if (related.length > 1 && random.chance(0.5)) paragraph = random.pick(random.pick(related).paragraphs);
    else paragraph = Array.from({ length: 2 + random.int(4) }, () => random.pick(vocab.sentences)).join(" ");
    paragraph = substitute(paragraph, names, random, vocab);
    paragraphs.push(paragraph);
    count += paragraph.split(" ").length;
  }
  // The lead mixes in one random sentence, so no two stories open with the same 150 words (their ids differ).
  paragraphs[0] = `${paragraphs[0]} ${substitute(random.pick(vocab.sentences), names, random, vocab)}`;

  const { iso, day } = makeDate(random);
  const [sourceName, sourceUrl] = random.skewed(SOURCES, 2);
  const slug = base.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 50);
  const headers: string[] = [];
  if (random.chance(0.8)) headers.push(`Title: ${substitute(base.title, names, random, vocab)}`);
  const dated = random.chance(0.93);
  if (dated) headers.push(`Date: ${iso}`);
  if (random.chance(0.6)) {
    headers.push(`Source: ${sourceName}`);
    if (random.chance(0.8)) headers.push(`URL: ${sourceUrl}/${day.replace(/-/g, "/")}/${slug}-${index}`);
  }
  if (random.chance(0.2)) headers.push(`By: ${random.pick(BYLINES)}`);
  if (random.chance(0.35)) {
    const tags = new Set([random.skewed(DESK_TOPICS, 2), ...(random.chance(0.5) ? base.tags.slice(0, 2) : [])]);
    headers.push(`Tags: ${[...tags].join(", ")}`);
  }
  const highlights = random.chance(0.25)
    ? paragraphs
        .flatMap((p) => p.split(SENTENCE_END))
        .filter((s) => s.length < 200)
        .slice(1, 2 + random.int(3))
        .map((s) => `- ${s}`)
    : [];

  if (random.chance(0.6)) paragraphs[0] = makeDateline(random, day) + paragraphs[0];
  // Junk the importer must cut and report: a prompt between paragraphs, a copyright line, comment spam.
  if (random.chance(0.08) && paragraphs.length > 2)
    paragraphs.splice(1 + random.int(paragraphs.length - 1), 0, `Read more: ${random.pick(vocab.samples).title}`);
  if (random.chance(0.06)) paragraphs.push(`© ${day.slice(0, 4)} ${sourceName}. All rights reserved.`);
  if (random.chance(0.03)) paragraphs.push(random.pick(SPAM));

  // Most files separate paragraphs by a blank line; some, pasted from a web page, by a single line break.
  const body = paragraphs.join(random.chance(0.85) ? "\n\n" : "\n");
  const text = `${[headers.join("\n"), highlights.join("\n"), body].filter(Boolean).join("\n\n")}\n`;
  // A file with no Date: header carries its day in its name, as downloads often do.
  const name = `${dated ? "" : `${day}-`}article-${String(index).padStart(6, "0")}.txt`;
  return { name, text };
}

/** Writes `count` article files into `dir`; the same options always give the same files. */
export async function generateCorpus(options: CorpusOptions): Promise<{ files: string[] }> {
  const { count, dir, seed = 1, start = 0 } = options;
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  const batch = 256;
  for (let first = start; first < start + count; first += batch) {
    const articles = Array.from({ length: Math.min(batch, start + count - first) }, (_, i) =>
      generateArticle(first + i, seed),
    );
    await Promise.all(
      articles.map(async (article) => {
        const file = path.join(dir, article.name);
        await writeFile(file, article.text);
        files.push(file);
      }),
    );
  }
  return { files: files.sort() };
}
