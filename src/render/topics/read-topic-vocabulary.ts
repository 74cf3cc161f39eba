// Reads the editor's topic vocabulary (content/topics.json): the topics, their synonyms, what to drop, topics from text.
import { readFileSync } from "node:fs";
import { RenderError } from "../../errors.ts";
import { SECTIONS } from "../../summarise/sections/classify-section.ts";
import { topicKey } from "./topic-key.ts";

/** A topic found from a story's words: cue words with weights, and the score a story needs. */
export interface TextTopic {
  /** Lower-case word → weight; a word in the title counts three times. */
  cues: Map<string, number>;
  /** Score a story needs to be filed under the topic (default: 8). */
  minScore: number;
}

/** The site's topics, as the file says them, with keys ready for matching. */
export interface TopicVocabulary {
  /** The topics, by key, under the name pages show. */
  topics: Map<string, string>;
  /** Other names of a topic, by key, each to the topic's name (chains followed). */
  synonyms: Map<string, string>;
  /** Keys of tags that are never topics (site sections such as "Front page"). */
  drop: Set<string>;
  /** Topics a story gets from its own words, by name. */
  fromText: Map<string, TextTopic>;
}

/** What reading the file gave: the vocabulary (the built-in one for what could not be read) and the problems. */
export interface VocabularyResult {
  vocabulary: TopicVocabulary;
  errors: RenderError[];
}

/** Score a text topic needs when the file names none (default: 8). */
export const DEFAULT_MIN_SCORE = 8;

/** The built-in vocabulary, used when there is no file or it cannot be read: the summariser's sections and Elections. */
export const BUILT_IN_TOPICS = {
  // The summariser's sections, with Elections after Politics.
  topics: SECTIONS.flatMap((section): string[] => (section === "Politics" ? [section, "Elections"] : [section])),
  synonyms: {},
  drop: ["News", "Front page", "Home", "Top stories", "Breaking news", "Latest", "Uncategorized"],
  fromText: {
    Elections: {
      cues: {
        election: 3,
        elections: 3,
        electoral: 3,
        ballot: 3,
        ballots: 3,
        referendum: 3,
        runoff: 3,
        primaries: 3,
        voters: 2,
        vote: 1,
        votes: 1,
        voting: 2,
        polls: 1,
        polling: 2,
        candidate: 1,
        candidates: 1,
        electorate: 3,
        reelected: 3,
        "re-elected": 3,
        recount: 3,
        turnout: 2,
      },
      minScore: DEFAULT_MIN_SCORE,
    },
  },
};

/** The 1-based line of a character offset in `text`. */
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split("\n").length;

/** The line where `"key"` first appears as a property name, when it can be found. */
function lineOfKey(text: string, key: string): number | undefined {
  const at = text.indexOf(`${JSON.stringify(key)}:`);
  const spaced =
    at >= 0 ? at : text.search(new RegExp(`${JSON.stringify(key).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:`));
  return spaced >= 0 ? lineAt(text, spaced) : undefined;
}

/** Where JSON.parse stopped, as a line: V8 says "at position N" or "(line L column C)" in its messages. */
function parseErrorLine(text: string, error: Error): number {
  const line = /line (\d+)/.exec(error.message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(error.message);
  return position ? lineAt(text, Number(position[1])) : text.split("\n").length;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Builds the vocabulary from parsed JSON, reporting each part that is of the wrong shape (and leaving it out). */
export function makeVocabulary(data: unknown, path = "topics.json", text = ""): VocabularyResult {
  const errors: RenderError[] = [];
  const fail = (message: string, key?: string) => {
    const line = key !== undefined && text ? lineOfKey(text, key) : undefined;
    errors.push(new RenderError(message, { path, ...(line ? { line } : {}) }));
  };
  if (!isRecord(data)) fail('the file must hold one object with "topics", "synonyms", "drop" and "fromText"');
  const file = isRecord(data) ? data : {};
  const strings = (key: string): string[] => {
    const value = file[key];
    if (value === undefined) return [];
    if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value;
    fail(`"${key}" must be a list of names (it is left out)`, key);
    return [];
  };
  const topics = new Map<string, string>();
  for (const name of strings("topics")) if (topicKey(name)) topics.set(topicKey(name), name.trim());
  const drop = new Set(strings("drop").map(topicKey).filter(Boolean));

  // Synonyms: name → name. A chain is followed to its end; a cycle is reported and its names left out.
  const rawSynonyms = new Map<string, { from: string; to: string }>();
  const synonymData = file["synonyms"];
  if (synonymData !== undefined && !isRecord(synonymData))
    fail(`"synonyms" must be an object of "name": "topic" pairs (it is left out)`, "synonyms");
  for (const [from, to] of Object.entries(isRecord(synonymData) ? synonymData : {})) {
    if (typeof to !== "string" || !topicKey(to)) fail(`synonym "${from}" must name a topic (it is left out)`, from);
    else if (topicKey(from) !== topicKey(to)) rawSynonyms.set(topicKey(from), { from, to });
  }
  const synonyms = new Map<string, string>();
  for (const [key, { from }] of rawSynonyms) {
    const seen = [key];
    let target = rawSynonyms.get(key)!.to;
    while (rawSynonyms.has(topicKey(target)) && !seen.includes(topicKey(target))) {
      seen.push(topicKey(target));
      target = rawSynonyms.get(topicKey(target))!.to;
    }
    if (rawSynonyms.has(topicKey(target))) {
      const cycle = [...seen.map((k) => rawSynonyms.get(k)!.from), target].join(" → ");
      fail(`synonyms go round in a circle (${cycle}): "${from}" is left out; make one of them a topic`, from);
      continue;
    }
    // A synonym's target is a topic even when the "topics" list forgot it.
    if (!topics.has(topicKey(target))) topics.set(topicKey(target), target.trim());
    synonyms.set(key, topics.get(topicKey(target))!);
  }

  const fromText = new Map<string, TextTopic>();
  const textData = file["fromText"];
  if (textData !== undefined && !isRecord(textData))
    fail(`"fromText" must be an object of topics with "cues" (it is left out)`, "fromText");
  for (const [name, entry] of Object.entries(isRecord(textData) ? textData : {})) {
    const cues = isRecord(entry) ? entry["cues"] : undefined;
    const minScore = isRecord(entry) ? (entry["minScore"] ?? DEFAULT_MIN_SCORE) : undefined;
    if (
      !isRecord(cues) ||
      !Object.values(cues).every((weight) => typeof weight === "number") ||
      typeof minScore !== "number"
    ) {
      fail(
        `"fromText" topic "${name}" needs "cues": { "word": weight, … } and a number "minScore" (it is left out)`,
        name,
      );
      continue;
    }
    if (!topics.has(topicKey(name))) topics.set(topicKey(name), name.trim());
    const cueMap = new Map(
      Object.entries(cues as Record<string, number>).map(([word, weight]) => [word.toLowerCase(), weight]),
    );
    fromText.set(topics.get(topicKey(name))!, { cues: cueMap, minScore });
  }
  return { vocabulary: { topics, synonyms, drop, fromText }, errors };
}

/**
 * Reads the vocabulary file at `path`. No file gives the built-in vocabulary. A file that is not JSON is reported
 * with its line, and the built-in vocabulary is used, so the rest of the site still builds.
 */
export function readTopicVocabulary(path: string): VocabularyResult {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return makeVocabulary(BUILT_IN_TOPICS);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const builtIn = makeVocabulary(BUILT_IN_TOPICS);
    const line = parseErrorLine(text, error as Error);
    const reason = (error as Error).message
      .replace(/ in JSON at position \d+.*$/, "")
      .replace(/\s*\(line \d+ column \d+\)/, "");
    builtIn.errors.push(
      new RenderError(`not valid JSON (${reason}); the built-in topics are used until it is fixed`, {
        path,
        line,
        cause: error,
      }),
    );
    return builtIn;
  }
  return makeVocabulary(data, path, text);
}
