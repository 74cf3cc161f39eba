// Picks the edition a newsletter is made of: the latest, or the one of a given day; refuses a day without one.
import { DateTime } from "luxon";
import { BroadsheetError } from "../errors.ts";
import type { Edition } from "../model/site-model.ts";

/** Why no newsletter can be made; its message is one line that says what to do. */
export class NewsletterError extends BroadsheetError {}

/** Refuses a day that is not a real date written YYYY-MM-DD. */
export function checkDay(day: string): void {
  if (!/^\d{4}-\d\d-\d\d$/.test(day) || !DateTime.fromISO(day).isValid) {
    throw new NewsletterError(`--date ${JSON.stringify(day)} is not a date; write it as YYYY-MM-DD, like 2025-09-13`);
  }
}

/** The edition of `day` ("2025-09-13"), or the latest when no day is given. Editions come newest first. */
export function chooseEdition(editions: Edition[], day?: string): Edition {
  if (editions.length === 0) throw new NewsletterError("there are no editions: the site has no published stories");
  if (day === undefined) return editions[0]!;
  checkDay(day);
  const found = editions.find((edition) => edition.day === day);
  if (found) return found;
  // Days as text sort as dates; editions are newest first.
  const after = [...editions].reverse().find((edition) => edition.day > day);
  const before = editions.find((edition) => edition.day < day);
  const nearest = [before && `${before.day} (before)`, after && `${after.day} (after)`].filter(Boolean).join(" and ");
  throw new NewsletterError(
    `there is no edition on ${day}; the nearest ${nearest.includes(" and ") ? "are" : "is"} ${nearest}`,
  );
}
