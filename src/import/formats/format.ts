// The shape every input format module has, as markdown-it's rules share one signature.
import type { InputFile } from "../read-input.ts";
import type { ImportError } from "../../errors.ts";
import type { RawArticle } from "../../model/types.ts";

/** What a format needs to know about the site while it reads a file. */
export interface FormatContext {
  /** IANA zone for dates written without one (the site's time zone). */
  zone: string;
}

/** What a format read from a file: the articles, and the items it could not read (a feed's broken item). */
export interface Extraction {
  articles: RawArticle[];
  errors: ImportError[];
  /** What was read but ignored or changed, for the reader to check ("line 4: tags: 5 is not a list…"). */
  warnings?: string[];
}

/** One input format: `detect` says whether it applies, `extract` returns the articles in the file. */
export interface Format {
  name: string;
  /** True when this format should read the file; looks at the content as well as the extension. */
  detect(file: InputFile): boolean;
  /** The articles in the file; throws an ImportError when the file as a whole cannot be read. */
  extract(file: InputFile, context: FormatContext): Extraction | Promise<Extraction>;
}
