// Reads the opening of a story body (a byline line, then a dateline) and removes the junk, for every format.
import type { Removal } from "../model/types.ts";
import { parseByline } from "./parse-byline.ts";
import { type Dateline, parseDateline } from "./parse-dateline.ts";
import { removeJunk } from "./remove-junk.ts";

/** A body ready for an article: its paragraphs, what its opening said, and what was cut. */
export interface ShapedBody {
  paragraphs: string[];
  byline?: string;
  dateline?: Omit<Dateline, "rest">;
  removed: Removal[];
}

/** Takes a byline paragraph and a dateline off the start of `paragraphs`, then removes junk paragraphs. */
export function shapeBody(paragraphs: string[]): ShapedBody {
  let rest = paragraphs.filter((paragraph) => paragraph.trim() !== "");
  // A byline line comes before the dateline ("By Jane Doe" / "LONDON (Reuters) - …"), rarely after it.
  const byline = rest.length > 1 ? parseByline(rest[0]!) : undefined;
  if (byline) rest = rest.slice(1);
  // A dateline set in bold by a web page ("**LONDON** (Reuters) -") is still a dateline.
  if (rest[0]) rest[0] = rest[0].replace(/^(\*\*|__)([^*_]+)\1/, "$2");
  const found = rest[0] ? parseDateline(rest[0]) : undefined;
  if (found) rest = [found.rest, ...rest.slice(1)];
  const { kept, removed } = removeJunk(rest);
  const { rest: _rest, ...dateline } = found ?? { rest: "" };
  return { paragraphs: kept, ...(byline ? { byline } : {}), ...(found ? { dateline } : {}), removed };
}
