// Finds the dateline that opens a wire story ("SIALKOT:", "LONDON (Reuters) -", "(CNN) --") and cuts it off.

/** A dateline found at the start of a paragraph. */
export interface Dateline {
  /** The place, in title case ("Sialkot", "New York"); undefined for a bare "(CNN) --". */
  place?: string;
  /** The agency named in brackets ("Reuters", "AP"), when there is one. */
  agency?: string;
  /** The paragraph with the dateline removed. */
  rest: string;
}

// A place in capitals, accented ones too: "SIALKOT", "NEW YORK", "RIO DE JANEIRO", "ST. LOUIS", "N'DJAMENA", "ÉVRY", "SÃO PAULO".
const PLACE = String.raw`(\p{Lu}[\p{Lu}.'’\-]*(?: (?:\p{Lu}[\p{Lu}.'’\-]*|de|la|del|do|da|el))*)`;
// An optional date after the place: ", Jan. 5", ", September 13", and day first as in French, Spanish, Portuguese,
// German, Italian and Dutch: ", 4 mars", ", 1er avril", ", 4 de março", ", 4. März".
const DATE = String.raw`(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}(?:er|º|\.)?\s+(?:de\s+)?\p{L}{3,10}\.?(?:\s+(?:de\s+)?\d{4})?))?`;
// An optional region after the place: ", Pakistan", ", Calif.".
const REGION = String.raw`(?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?`;
const AGENCY = String.raw`(?:\s*\(([A-Za-z][A-Za-z .&/-]{0,30})\))?`;
// The separator: a colon (with a space before it in French typography), a dash of any kind surrounded by
// spaces, or Spanish agencies' ".-".
const SEPARATOR = String.raw`\s*(?::|\s[-–—]{1,2}|[–—]{1,2}|--|\.[-–—])\s+`;

const WITH_PLACE = new RegExp(`^${PLACE}${REGION}${DATE}${AGENCY}${SEPARATOR}`, "u");
const AGENCY_ONLY = /^\(([A-Za-z][A-Za-z .&/-]{0,30})\)\s*(?:[-–—]{1,2})\s+/u;

/** Title-cases a place written in capitals, keeping short particles lower-case. */
function titleCase(place: string): string {
  return place
    .toLowerCase()
    .replace(/(^|[\s\-'’.])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
    .replace(/ (De|La|Del|Do|Da|El) /g, (word) => word.toLowerCase());
}

/** Parses a dateline at the start of `paragraph`; undefined when it has none. */
export function parseDateline(paragraph: string): Dateline | undefined {
  const agencyOnly = AGENCY_ONLY.exec(paragraph);
  if (agencyOnly) {
    return { agency: agencyOnly[1]!.trim(), rest: paragraph.slice(agencyOnly[0].length) };
  }
  const match = WITH_PLACE.exec(paragraph);
  if (!match) return undefined;
  const place = match[1]!;
  // One capital letter, or an acronym-like word with no vowel, is not a place ("A:", "BBC:"-like labels are too risky).
  if (place.replace(/[^\p{Lu}]/gu, "").length < 3) return undefined;
  const rest = paragraph.slice(match[0].length);
  // The sentence must go on after the dateline, starting like a sentence.
  if (!/^[\p{Lu}\p{N}“"‘'(«„¿¡]/u.test(rest)) return undefined;
  const agency = match[2]?.trim();
  return { place: titleCase(place), ...(agency ? { agency } : {}), rest };
}
