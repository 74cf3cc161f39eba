// Finds the articles already in content/articles by id and by source URL, so a story is never imported twice.
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { collectInputs } from "./collect-inputs.ts";

/** An article file already on disk. */
export interface ExistingArticle {
  /** Path relative to the articles folder. */
  relativePath: string;
  text: string;
}

// YAML quotes an id that reads as a number (all digits, or digits around one "e"): the quotes are optional.
const ID_LINE = /^imported:\n(?:  .*\n)*?  id: "?([0-9a-f]{12})"?$/m;
const SOURCE_URL_LINE = /^source:\n(?:  .*\n)*?  url: "?([^"\n]+)"?$/m;

/** The source URL written in an article's front matter, if any. */
export function sourceUrlOf(text: string): string | undefined {
  return SOURCE_URL_LINE.exec(text)?.[1];
}

/**
 * Maps the id of every importer-written article under `articlesDir` to its file, and its source URL
 * too: the same URL is the same story even when the id changed (its opening was edited at the source).
 */
export async function findExisting(articlesDir: string): Promise<Map<string, ExistingArticle>> {
  const { files } = await collectInputs([articlesDir]);
  const byId = new Map<string, ExistingArticle>();
  await Promise.all(
    files
      .filter((file) => file.endsWith(".md"))
      .map(async (file) => {
        const text = await readFile(file, "utf8");
        const id = ID_LINE.exec(text)?.[1];
        if (!id) return;
        const article = { relativePath: relative(articlesDir, file), text };
        byId.set(id, article);
        const url = sourceUrlOf(text);
        if (url) byId.set(`url:${url}`, article);
      }),
  );
  return byId;
}
