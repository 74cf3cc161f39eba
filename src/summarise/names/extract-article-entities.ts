// The people, places and organisations of an article's Markdown text, as the digest finds them.
import type { Entities } from "./extract-entities.ts";
import { extractEntities } from "./extract-entities.ts";
import { tagWords } from "../sentences/tag-words.ts";
import { toPlainBlocks } from "../sentences/to-plain-blocks.ts";

/** Every name the digest recognises in `text`, under the names the site uses. */
export function extractArticleEntities(text: string): Entities {
  return extractEntities(tagWords(toPlainBlocks(text).join("\n\n")));
}
