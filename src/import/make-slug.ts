// Makes a slug from a title: lower-case ASCII words joined by hyphens, safe as a file name.

/** Longest slug (default: 80 characters), cut at a word boundary. */
const MAX = 80;

/** A slug for `title`; `fallback` (an id) when the title has no Latin letters or digits. */
export function makeSlug(title: string, fallback: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX) break;
    slug = next;
  }
  if (!slug) slug = words[0]?.slice(0, MAX) ?? "";
  return slug || fallback;
}
