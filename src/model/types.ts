// The shapes that pass between the pipeline's stages.

/** Where an article's date came from, best first. `file-time` is a guess and is flagged. */
export type DateSource = "explicit" | "metadata" | "feed" | "file-name" | "option" | "file-time";

/** Something the importer cut from an article, with why. Reported, never silent. */
export interface Removal {
  reason: string;
  text: string;
}

/** What a format extractor finds in one input file, before it becomes Markdown. */
export interface RawArticle {
  title?: string;
  /** ISO 8601 with offset, or undefined when the file says nothing. */
  date?: string;
  dateSource?: DateSource;
  dateline?: string;
  byline?: string;
  source?: { name?: string; url?: string; licence?: string; licence_url?: string };
  highlights: string[];
  tags?: string[];
  language?: string;
  summary?: string;
  /** The body as Markdown paragraphs, separated by blank lines. */
  body: string;
  removed: Removal[];
  /** Extra front matter to keep as it is (Markdown inputs). */
  extra?: Record<string, unknown>;
}

/** The front matter of an article in content/articles, as DESIGN.md lists it. */
export interface ArticleData {
  title: string;
  date: string | Date;
  dateline?: string;
  byline?: string;
  source?: { name?: string; url?: string; licence?: string; licence_url?: string };
  highlights?: string[];
  tags?: string[];
  language?: string;
  summary?: string;
  draft?: boolean;
}

/** What the summarise stage computes for one article. */
export interface Digest {
  /** Summary sentences, in article order. */
  summary: string[];
  keywords: string[];
  people: string[];
  places: string[];
  organisations: string[];
  /**
   * The newspaper section the story belongs to, one of a fixed list ("World",
   * "Politics", "Business", "Science", "Technology", "Health", "Sport", "Crime and
   * justice", "Disasters and accidents", "Culture", "Environment"); "World" for
   * general international news. Groups an edition's stories, and is the topic of
   * an article without editor tags.
   */
  section: string;
  /** Whole minutes at 230 words a minute, at least 1. */
  readingMinutes: number;
  wordCount: number;
  /**
   * The stemmed content words of the article's opening, joined by spaces, for relating stories: made with the digest
   * (on all cores, and cached with it) rather than for every story on every build (absent from older digests).
   */
  openingWords?: string;
  /**
   * How often each stemmed content word of the headline and text comes (`countedWords`), for finding reports of one
   * event: made with the digest, like `openingWords` (absent from older digests).
   */
  eventWords?: string;
}

/** The input of the summariser: the article's title and its body text (no highlights). */
export interface SummaryInput {
  title?: string;
  /** Plain text or Markdown; paragraphs separated by blank lines, or none at all. */
  text: string;
}

/** Options of the summariser. */
export interface SummaryOptions {
  /** Sentences in a summary (default: 3). */
  sentences?: number;
}
