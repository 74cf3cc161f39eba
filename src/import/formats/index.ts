// The input formats, most specific first: the first whose `detect` accepts a file reads it.
import type { Format } from "./format.ts";
import { feedFormat } from "./feed.ts";
import { htmlFormat } from "./html.ts";
import { jsonFormat } from "./json.ts";
import { markdownFormat } from "./markdown.ts";
import { textFormat } from "./text.ts";

export const formats: Format[] = [feedFormat, htmlFormat, markdownFormat, jsonFormat, textFormat];

/** The format that reads `file`, or undefined when none does. */
export function chooseFormat(file: Parameters<Format["detect"]>[0]): Format | undefined {
  return formats.find((format) => format.detect(file));
}
