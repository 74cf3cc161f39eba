// Writes and reads article files: YAML front matter, a Markdown body, and a checksum that reveals hand edits.
import matter from "gray-matter";
import yaml from "js-yaml";
import { hashText } from "../util/hash.ts";

/** The importer's own block in the front matter. */
export interface ImportedBlock {
  /** Stable identity of the story: the same text always gets the same id. */
  id: string;
  /** The raw file it came from. */
  input: string;
  /** Where the date came from; "file-time" means it is a guess and should be checked. */
  date_from: string;
  /** What was cut from the text, with why (the text itself is in the import report). */
  removed?: string[];
  /** Checksum of the file as the importer wrote it; when it no longer matches, a person has edited it. */
  checksum?: string;
}

// YAML quotes a hex string that reads as a number ("0123…", "12e4…"), so the quotes are optional.
const CHECKSUM_LINE = /^  checksum: "?[0-9a-f]{16}"?\n/m;

/** Parses YAML as Eleventy does (js-yaml 4), so what we write reads back the same there. */
export function parseYaml(text: string): unknown {
  return yaml.load(text);
}

/** Reads a Markdown file with front matter. Throws on malformed YAML. */
export function readArticleText(text: string): { data: Record<string, unknown>; body: string } {
  const parsed = matter(text, { engines: { yaml: (source: string) => (parseYaml(source) ?? {}) as object } });
  return { data: parsed.data as Record<string, unknown>, body: parsed.content };
}

/** The front matter and body as file text, without a checksum. */
function compose(data: Record<string, unknown>, body: string): string {
  const front = yaml.dump(data, { lineWidth: -1, noRefs: true, sortKeys: false, quotingType: '"' });
  // Dates are written unquoted, as people write them, so YAML reads them as timestamps.
  const unquoted = front.replace(/^date: "(\d{4}-\d\d-\d\dT[\d:]+(?:Z|[+-]\d\d:\d\d))"$/m, "date: $1");
  return `---\n${unquoted}---\n\n${body.trim()}\n`;
}

/** Writes an article's file text; the checksum covers everything but its own line. */
export function composeArticleText(data: Record<string, unknown> & { imported: ImportedBlock }, body: string): string {
  const { checksum: _ignored, ...imported } = data.imported;
  const checksum = hashText(compose({ ...data, imported }, body));
  return compose({ ...data, imported: { ...imported, checksum } }, body);
}

/** True when an importer-written file still has the checksum it was written with (nobody has edited it). */
export function isUntouched(text: string): boolean {
  const recorded = /^  checksum: "?([0-9a-f]{16})"?$/m.exec(text)?.[1];
  if (!recorded) return false;
  return hashText(text.replace(CHECKSUM_LINE, "")) === recorded;
}
