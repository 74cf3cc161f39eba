// Reads the dates people and machines write (ISO 8601, RFC 2822, "13 September 2025", "4 mars 2025") into ISO 8601 with offset.
import { DateTime } from "luxon";

const FORMATS = [
  "MMMM d, yyyy h:mm a",
  "MMMM d, yyyy HH:mm",
  "MMMM d, yyyy",
  "MMM d, yyyy h:mm a",
  "MMM d, yyyy",
  "MMM. d, yyyy",
  "d MMMM yyyy HH:mm",
  "d MMMM yyyy",
  "d MMM yyyy HH:mm",
  "d MMM yyyy",
  "EEEE, MMMM d, yyyy",
  "EEEE d MMMM yyyy",
  "yyyy/MM/dd HH:mm",
  "yyyy/MM/dd",
  "yyyy-MM-dd HH:mm:ss",
  "yyyy-MM-dd HH:mm",
];

/** Languages whose month names a date may be written in besides English (header labels in the article's language). */
const LOCALES = ["fr", "de", "es", "it", "pt", "nl"];
/** Day-first forms of those languages: "4 mars 2025", "4. März 2025", "4 de marzo de 2025", "04.03.2025". */
const LOCAL_FORMATS = [
  "d MMMM yyyy HH:mm",
  "d MMMM yyyy",
  "d MMM yyyy",
  "d. MMMM yyyy HH:mm",
  "d. MMMM yyyy",
  "d 'de' MMMM 'de' yyyy",
  "EEEE d MMMM yyyy",
  "dd.MM.yyyy HH:mm",
  "dd.MM.yyyy",
];

/** Formats a date-time as ISO 8601 with its offset and no milliseconds. */
export function formatIso(date: DateTime): string {
  return date.toISO({ suppressMilliseconds: true, includeOffset: true })!;
}

/**
 * Parses `text` into ISO 8601 with offset; a date without a time or zone is read in `zone`.
 * Undefined when the text is not a date.
 */
export function parseDate(text: string, zone = "UTC"): string | undefined {
  const value = text
    .trim()
    .replace(/\s+/g, " ")
    .replace(/(\d)(st|nd|rd|th|er)\b/, "$1");
  if (!value || value.length > 80) return undefined;
  const attempts = [
    () => DateTime.fromISO(value, { zone, setZone: true }),
    () => DateTime.fromRFC2822(value, { setZone: true }),
    () => DateTime.fromHTTP(value, { setZone: true }),
    ...FORMATS.map((format) => () => DateTime.fromFormat(value, format, { zone, locale: "en" })),
    ...LOCALES.flatMap((locale) =>
      LOCAL_FORMATS.map((format) => () => DateTime.fromFormat(value, format, { zone, locale })),
    ),
  ];
  for (const attempt of attempts) {
    const date = attempt();
    if (date.isValid && date.year >= 1800 && date.year <= 2200) return formatIso(date);
  }
  return undefined;
}

/** A date written in a file name (2025-09-13, 2025_09_13, 20250913) as ISO 8601 at midnight in `zone`. */
export function dateFromFileName(name: string, zone = "UTC"): string | undefined {
  const match = /(?:^|[^\d])((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(name);
  if (!match) return undefined;
  const date = DateTime.fromObject(
    { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) },
    { zone },
  );
  return date.isValid ? formatIso(date) : undefined;
}
