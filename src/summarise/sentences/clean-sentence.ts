// Strips the wire-copy furniture that opens a story's first sentence: datelines and agency tags.

/**
 * "(CNN) -- ", "(CNN)", "LONDON, England (CNN) -- ", "WASHINGTON (Reuters) - ",
 * "SIALKOT: ", "PARIS, Jan. 5 — ". A dateline is an upper-case place name (and
 * optionally a date or an agency in brackets) before a dash or colon; a reader of
 * the summary sees the dateline elsewhere on the page.
 */
const AGENCY_TAG =
  /^(?:[A-Z][A-Za-z.'-]*(?:,? [A-Z][A-Za-z.'-]*){0,3},? )?\((?:CNN|AP|AFP|Reuters|UPI|dpa|PA|EFE|Xinhua|Bloomberg)[^)]{0,40}\)\s*(?:[-–—]{1,2}\s*)?/;
const DATELINE =
  /^[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]+){0,3}(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?::|\s[-–—]{1,2})\s+(?=\S)/;

/** Returns the sentence without a leading dateline or agency tag (unchanged when it has none). */
export function cleanSentence(sentence: string): string {
  let out = sentence.replace(AGENCY_TAG, "");
  const dateline = DATELINE.exec(out);
  // Only an all-caps first word makes a dateline: "Defence Minister: ..." is prose.
  if (dateline && /^[A-Z][A-Z.'-]{2,}\b/.test(out)) out = out.slice(dateline[0].length);
  return out.trim() || sentence.trim();
}
