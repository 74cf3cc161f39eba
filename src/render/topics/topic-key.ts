// The key two spellings of one topic share: case, accents of width, "&", punctuation and plurals set aside.

/** A word's singular, by the regular English rules only ("Sports" → "sport", "Stories" → "story"). */
function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith("s")) return word;
  // "Business", "Bus", "Crisis", "Politics"... stay whole: their "s" is not a plural.
  if (/(ss|us|is|ics|ws)$/.test(word)) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** The words of a topic's name, lower-cased and singular, in order. */
export function topicWords(name: string): string[] {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(singular);
}

/** The key of a topic's name: "Sports", "sport" and "SPORT" share "sport"; "Arts & Culture" is "art and culture". */
export function topicKey(name: string): string {
  return topicWords(name).join(" ");
}

/** The parts of a compound name: "Crime and law" → ["crime", "law"]; "Science/Tech" → ["science", "tech"]. */
export function topicParts(name: string): string[] {
  return name
    .split(/\s*(?:[,;/|&+]|\band\b|\bund\b|\bet\b|\by\b)\s*/i)
    .map(topicKey)
    .filter(Boolean);
}
