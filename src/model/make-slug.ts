// Makes a slug from a title: lower-case ASCII words joined by hyphens, safe as a file name, letters transliterated.
import slugify from "@sindresorhus/slugify";

/** Longest slug (default: 80 characters), cut at a word boundary. */
const MAX = 80;

/** Lower-case ASCII words of `text` joined by hyphens, at most MAX characters (the first word alone if longer). */
function joinWords(words: string[]): string {
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX) break;
    slug = next;
  }
  if (!slug) slug = words[0]?.slice(0, MAX) ?? "";
  return slug;
}

/**
 * The slug Broadsheet made before it transliterated: accents stripped, every other letter dropped
 * ("Archæologist" → "arch-ologist", a Cyrillic title → ""). Kept because addresses made with it are published.
 */
export function legacySlug(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return joinWords(words);
}

/** True when the legacy slug dropped a letter or digit of `title` (æ, ß, ø, ł, Cyrillic, Arabic…). */
export function legacySlugLoses(title: string): boolean {
  return /[\p{L}\p{N}]/u.test(
    title
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[a-zA-Z0-9]/g, ""),
  );
}

/** ASCII spellings of the characters met so far: the library rebuilds its table of a thousand letters on every call. */
const spellings = new Map<string, string>();

/** The ASCII spelling of one non-ASCII character ("æ" → "ae", "й" → "y"); a space when it has none (a dash, an ideogram). */
function spell(character: string): string {
  let spelt = spellings.get(character);
  if (spelt === undefined) {
    spelt = slugify(character, { decamelize: false }) || " ";
    spellings.set(character, spelt);
  }
  return spelt;
}

/** The transliterated slug ("Straße" → "strasse", "Москва" → "moskva", "Чайковский" → "chaykovskiy"); empty when nothing can be spelt in ASCII. */
function transliteratedSlug(title: string): string {
  // Accents go first, as in the legacy slug ("München" → "munchen", not "muenchen"); only Latin letters lose
  // their marks: the library spells "й" as "y", which it could not once the breve were gone.
  const bare = title
    .normalize("NFKD")
    .replace(/([a-zA-Z])[\u0300-\u036f]+/g, "$1")
    .normalize("NFC");
  const spelt = [...bare].map((character) => (character.charCodeAt(0) < 0x80 ? character : spell(character))).join("");
  // Apostrophes join ("O'Brien" → "obrien"), as in the legacy slug.
  return joinWords(
    spelt
      .toLowerCase()
      .replace(/['’]/g, "")
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
}

/**
 * A slug for `title`; `fallback` (an id) when no letter of it can be spelt in ASCII (Chinese, Japanese…).
 * Where the legacy slug kept every letter it is the slug, so that every address made before stays as it was;
 * only titles it mangled or could not spell get the transliterated slug.
 */
export function makeSlug(title: string, fallback: string): string {
  if (!legacySlugLoses(title)) return legacySlug(title) || fallback;
  return transliteratedSlug(title) || legacySlug(title) || fallback;
}
