// `broadsheet init [folder]`: starts an empty digest (settings, topics, articles/ and inbox/), never over existing files.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline/promises";
import { BUILT_IN_TOPICS } from "../render/topics/read-topic-vocabulary.ts";
import { writeAtomic } from "../util/write-atomic.ts";
import type { Command } from "./command.ts";
import { parseOptions, UsageError } from "./usage-error.ts";

const HELP = `Usage: broadsheet init [folder] [options]

Starts an empty digest in <folder> (default: content): _data/site.json with the
settings below, topics.json with the built-in topics, an empty articles/ and an
inbox/ for files to import. Asks for each setting not given when run in a
terminal; takes the defaults otherwise. Never overwrites a file: when one of
them exists already, nothing is written.

Options:
  --title <name>        the digest's name (default: "My digest")
  --url <address>       its public address, for links in feeds (default:
                        http://localhost:8080)
  --timezone <zone>     IANA time zone in which days are cut into editions
                        (default: UTC)
  --language <code>     the language of its stories, like en or fr (default: en)
  -h, --help            this help

Exit codes: 0 the digest was started, 1 a file was there already (nothing was
written), 2 wrong usage or a setting that is not valid.`;

/** The settings `init` asks for, with their defaults. */
const QUESTIONS = [
  { key: "title", prompt: "Title", fallback: "My digest" },
  { key: "url", prompt: "Public address", fallback: "http://localhost:8080" },
  { key: "timezone", prompt: "Time zone", fallback: "UTC" },
  { key: "language", prompt: "Language", fallback: "en" },
] as const;

type Answers = Record<(typeof QUESTIONS)[number]["key"], string>;

/** Why a setting is not valid, or undefined when it is. */
function problemWith(key: keyof Answers, value: string): string | undefined {
  if (key === "title" && !value.trim()) return "--title is empty";
  if (key === "url" && !/^https?:\/\/[^/\s]+/.test(value))
    return `--url "${value}" is not an http(s) address like https://news.example.org`;
  if (key === "timezone") {
    try {
      new Intl.DateTimeFormat("en", { timeZone: value });
    } catch {
      return `--timezone "${value}" is not an IANA time zone like Europe/Paris`;
    }
  }
  if (key === "language") {
    try {
      if (!/^[a-z]{2,3}(-|$)/i.test(value)) throw new Error();
      Intl.getCanonicalLocales(value);
    } catch {
      return `--language "${value}" is not a language code like en or pt-BR`;
    }
  }
  return undefined;
}

/** The given settings, the missing ones asked for on a terminal (Enter takes the default) or defaulted. */
async function answers(given: Partial<Answers>): Promise<Answers> {
  const result = {} as Answers;
  const ask =
    process.stdin.isTTY && process.stdout.isTTY
      ? createInterface({ input: process.stdin, output: process.stdout })
      : undefined;
  try {
    for (const { key, prompt, fallback } of QUESTIONS) {
      let value = given[key];
      while (value === undefined && ask) {
        const typed = (await ask.question(`${prompt} (${fallback}): `)).trim() || fallback;
        const problem = problemWith(key, typed);
        if (problem) console.error(`  ${problem}`);
        else value = typed;
      }
      result[key] = value ?? fallback;
      const problem = problemWith(key, result[key]);
      if (problem) throw new UsageError(problem);
    }
  } finally {
    ask?.close();
  }
  return result;
}

export const initCommand: Command = {
  summary: "start an empty digest: settings, topics, articles/ and inbox/",
  help: HELP,
  async run(args) {
    const { values, positionals } = parseOptions(args, {
      title: { type: "string" },
      url: { type: "string" },
      timezone: { type: "string" },
      language: { type: "string" },
    });
    if (positionals.length > 1) throw new UsageError(`one folder at most (given: ${positionals.join(", ")})`);
    const folder = positionals[0] ?? "content";
    const files = { settings: join(folder, "_data", "site.json"), topics: join(folder, "topics.json") };
    // Checked before anything is asked or written: an existing digest is never half overwritten.
    const existing = Object.values(files).filter((file) => existsSync(file));
    if (existing.length > 0) {
      for (const file of existing)
        console.error(
          `broadsheet init: ${file} exists already; nothing was written (remove it, or choose another folder).`,
        );
      return 1;
    }
    const settings = await answers({
      title: values.title,
      url: values.url,
      timezone: values.timezone,
      language: values.language,
    });
    const siteJson = {
      title: settings.title,
      description: "",
      url: settings.url.replace(/\/+$/, ""),
      timezone: settings.timezone,
      language: settings.language,
    };
    await mkdir(join(folder, "articles"), { recursive: true });
    await mkdir(join(folder, "inbox"), { recursive: true });
    await writeAtomic(files.settings, `${JSON.stringify(siteJson, null, 2)}\n`);
    await writeAtomic(files.topics, `${JSON.stringify(BUILT_IN_TOPICS, null, 2)}\n`);
    const flag = folder === "content" ? "" : ` --content ${folder}`;
    console.error(
      `Started "${settings.title}" in ${folder}/. Put article files in ${join(folder, "inbox")}/, then run: npx broadsheet build${flag}`,
    );
    return 0;
  },
};
