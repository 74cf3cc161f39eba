// Words around a name that type it: "shares of X", "X said in a statement", "X beat Y" in a sports story, "in X".

/** Verbs between two clubs in a sports story: "Udinese beat Feyenoord". */
const RESULT_VERBS = new Set("beat beats defeated defeat drew draw lost thrashed edged sacked signed".split(" "));
/** Words before a club in a sports story: "beat Feyenoord", "drew with Chelsea", "against Leeds". */
const RESULT_BEFORE = new Set("beat beats defeated thrashed edged against with v vs versus".split(" "));

/**
 * True when the tokens around a name (two before, four after, lower case) show an
 * organisation: "shares of", "said in a statement", and, in a sports story, a result.
 */
export function namesOrganisation(before: string[], after: string[], sports: boolean): boolean {
  const [b1 = "", b2 = ""] = before;
  const [a1 = "", a2 = "", a3 = "", a4 = ""] = after;
  if (b1 === "shares" && (b2 === "of" || b2 === "in")) return true;
  if (a1 === "said" && a2 === "in" && a3 === "a" && a4 === "statement") return true;
  return sports && (RESULT_VERBS.has(a1) || RESULT_BEFORE.has(b2));
}

/** True when the word before a name places it: "in Leeds", "at Anfield", "near Kharkiv", also opening a sentence ("In Leeds, …"). */
export const placedByPreposition = (before: string[]): boolean =>
  ["in", "at", "near"].includes(before[before.length - 1] ?? "");
