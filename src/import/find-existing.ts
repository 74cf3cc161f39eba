// Finds the articles already in content/articles by id and by source URL, so a story is never imported twice.
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { writeAtomic } from "../util/write-atomic.ts";
import { collectInputs } from "../util/collect-inputs.ts";
import { importerVersion } from "./import-manifest.ts";

/** An article file already on disk. */
export interface ExistingArticle {
  /** Path relative to the articles folder. */
  relativePath: string;
  /**
   * The file's text, read when first asked for: most imports compare only a few stories with what is there.
   * Undefined when the file has gone since the folder was listed.
   */
  text(): Promise<string | undefined>;
}

/** What an article file holds for the importer, with the size and time it had when it was read. */
interface Identity {
  size: number;
  mtimeMs: number;
  id?: string;
  url?: string;
}

/** Where the identities of a folder's articles are remembered between imports (beside the import manifests). */
const CACHE_DIR = join(".cache", "imports");

// YAML quotes an id that reads as a number (all digits, or digits around one "e"): the quotes are optional.
const ID_LINE = /^imported:\n(?:  .*\n)*?  id: "?([0-9a-f]{12})"?$/m;
const SOURCE_URL_LINE = /^source:\n(?:  .*\n)*?  url: "?([^"\n]+)"?$/m;

/** The source URL written in an article's front matter, if any. */
export function sourceUrlOf(text: string): string | undefined {
  return SOURCE_URL_LINE.exec(text)?.[1];
}

function cacheFileOf(articlesDir: string): string {
  return join(
    CACHE_DIR,
    `${createHash("sha256").update(resolve(articlesDir)).digest("hex").slice(0, 16)}-articles.json`,
  );
}

async function loadCache(file: string): Promise<Map<string, Identity>> {
  try {
    const saved = JSON.parse(await readFile(file, "utf8")) as {
      importer?: string;
      articles?: Record<string, Identity>;
    };
    if (saved.importer === importerVersion() && saved.articles) return new Map(Object.entries(saved.articles));
  } catch {
    // No cache yet, or a broken one: every article is read.
  }
  return new Map();
}

/**
 * The importer-written articles under an articles folder, by story id and by source URL too: the same URL is the
 * same story even when the id changed (its opening was edited at the source). An article whose size and time are
 * those remembered from the last import is not read; what is read, and what an import writes, is remembered for
 * the next one (`save`; a dry run does not call it, as it writes nothing).
 */
export class ExistingArticles {
  private dirty = false;

  private constructor(
    private readonly cacheFile: string,
    private readonly identities: Map<string, Identity>,
    /** Each article by its story id, and by `url:` and its source URL. */
    readonly byId: Map<string, ExistingArticle>,
  ) {}

  static async find(articlesDir: string): Promise<ExistingArticles> {
    const cacheFile = cacheFileOf(articlesDir);
    const known = await loadCache(cacheFile);
    const { files } = await collectInputs([articlesDir]);
    const identities = new Map<string, Identity>();
    // Texts read now are kept: a folder not remembered (a first import, a new importer) is compared story by story.
    const texts = new Map<string, string>();
    await Promise.all(
      files
        .filter((file) => file.endsWith(".md"))
        .map(async (file) => {
          const relativePath = relative(articlesDir, file);
          const info = await stat(file).catch(() => undefined);
          if (!info) return;
          const cached = known.get(relativePath);
          if (cached && cached.size === info.size && cached.mtimeMs === info.mtimeMs) {
            identities.set(relativePath, cached);
            return;
          }
          const text = await readFile(file, "utf8").catch(() => undefined);
          if (text === undefined) return;
          identities.set(relativePath, identityOf(text, info));
          texts.set(relativePath, text);
        }),
    );
    const byId = new Map<string, ExistingArticle>();
    // In the order the files were listed: which of two files claiming one id wins never depends on timing.
    for (const file of files) {
      const relativePath = relative(articlesDir, file);
      const identity = identities.get(relativePath);
      if (!identity?.id) continue;
      const read = texts.get(relativePath);
      let text: Promise<string | undefined> | undefined = read === undefined ? undefined : Promise.resolve(read);
      const article = {
        relativePath,
        text: () => (text ??= readFile(join(articlesDir, relativePath), "utf8").catch(() => undefined)),
      };
      byId.set(identity.id, article);
      if (identity.url) byId.set(`url:${identity.url}`, article);
    }
    const folder = new ExistingArticles(cacheFile, identities, byId);
    folder.dirty =
      identities.size !== known.size || [...identities].some(([path, identity]) => known.get(path) !== identity);
    return folder;
  }

  /** Remembers the story in an article just written, with its size and time as written (`info`: none, unknown). */
  wrote(relativePath: string, text: string, info: { size: number; mtimeMs: number } | undefined): void {
    if (info) this.identities.set(relativePath, identityOf(text, info));
    else this.identities.delete(relativePath);
    this.dirty = true;
  }

  /** Forgets an article the import removed. */
  removed(relativePath: string): void {
    this.dirty = this.identities.delete(relativePath) || this.dirty;
  }

  /** Writes what is remembered for the next import, if anything changed (a failure only costs that import time). */
  async save(): Promise<void> {
    if (!this.dirty) return;
    await writeAtomic(
      this.cacheFile,
      JSON.stringify({ importer: importerVersion(), articles: Object.fromEntries(this.identities) }),
    ).catch(() => {});
    this.dirty = false;
  }
}

/** The id and source URL an article's text gives, with the file's size and time. */
function identityOf(text: string, info: { size: number; mtimeMs: number }): Identity {
  const id = ID_LINE.exec(text)?.[1];
  const url = sourceUrlOf(text);
  return { size: info.size, mtimeMs: info.mtimeMs, ...(id ? { id } : {}), ...(url ? { url } : {}) };
}
