// Finds the articles already in content/articles by their id, so a story is never imported twice.
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { collectInputs } from "./collect-inputs.ts";

/** An article file already on disk. */
export interface ExistingArticle {
  /** Path relative to the articles folder. */
  relativePath: string;
  text: string;
}

const ID_LINE = /^imported:\n(?:  .*\n)*?  id: ([0-9a-f]{12})$/m;

/** Maps the id of every importer-written article under `articlesDir` to its file. */
export async function findExisting(articlesDir: string): Promise<Map<string, ExistingArticle>> {
  const { files } = await collectInputs([articlesDir]);
  const byId = new Map<string, ExistingArticle>();
  await Promise.all(
    files
      .filter((file) => file.endsWith(".md"))
      .map(async (file) => {
        const text = await readFile(file, "utf8");
        const id = ID_LINE.exec(text)?.[1];
        if (id) byId.set(id, { relativePath: relative(articlesDir, file), text });
      }),
  );
  return byId;
}
