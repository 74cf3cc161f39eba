// The header labels of a plain-text article ("Title:", "Titre :", "Fecha:"…) in English and the languages Broadsheet reads.

/** What a header line gives: one of the fields a plain-text article may carry. */
export type HeaderKey = "title" | "date" | "source" | "url" | "byline" | "tags";

/** Labels by field, lower-case and without accents; English first, then French, German, Spanish, Italian, Portuguese, Dutch. */
const LABELS: Record<HeaderKey, string[]> = {
  title: [
    "title",
    "headline",
    "titre",
    "titel",
    "uberschrift",
    "schlagzeile",
    "titulo",
    "titular",
    "titolo",
    "kop",
    "kopregel",
  ],
  date: [
    "date",
    "published",
    "datum",
    "veroffentlicht",
    "publie",
    "publie le",
    "fecha",
    "publicado",
    "data",
    "pubblicato",
    "gepubliceerd",
  ],
  source: ["source", "quelle", "fuente", "fonte", "bron", "medium"],
  url: ["url", "link", "lien", "enlace", "collegamento", "ligacao"],
  byline: [
    "by",
    "byline",
    "author",
    "auteur",
    "autrice",
    "par",
    "autor",
    "autorin",
    "von",
    "autora",
    "por",
    "autore",
    "door",
    "schrijver",
  ],
  tags: [
    "tags",
    "topics",
    "mots-cles",
    "mots cles",
    "themes",
    "sujets",
    "schlagworter",
    "stichworter",
    "themen",
    "etiquetas",
    "temas",
    "etichette",
    "argomenti",
    "tag",
    "trefwoorden",
    "onderwerpen",
  ],
};

const BY_LABEL = new Map(
  Object.entries(LABELS).flatMap(([key, labels]) => labels.map((label) => [label, key as HeaderKey] as const)),
);

// A label of one to three words, then a colon; French typography puts a (non-breaking) space before it ("Titre :").
const HEADER_LINE = /^\s*([\p{L}][\p{L}\- ]{0,24}?)[ \t\u00a0\u202f]*:\s*(.*)$/u;

/** The field and value of a header line ("Titre : …" → title), or undefined when the line is not one. */
export function readHeaderLine(line: string): { key: HeaderKey; value: string } | undefined {
  const match = HEADER_LINE.exec(line);
  if (!match) return undefined;
  const label = match[1]!
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();
  const key = BY_LABEL.get(label);
  return key ? { key, value: match[2]!.trim() } : undefined;
}
