// Merges the variants of a person's name ("Asif", "Kh Asif", "Khawaja Asif") into the fullest form.

/**
 * True when `short` names the same person as `long`: the surnames are equal and
 * each word of `short`, in order, is a word of `long` or its abbreviation.
 */
export function isVariantOf(short: string[], long: string[]): boolean {
  // Same length is allowed for abbreviations ("Kh Asif"), but a name is no variant of itself.
  if (short.length > long.length || short.join(" ").toLowerCase() === long.join(" ").toLowerCase()) return false;
  // The surname must match exactly: "Ahmed" alone may be anyone's first name.
  if (short[short.length - 1]!.toLowerCase() !== long[long.length - 1]!.toLowerCase()) return false;
  let j = 0;
  for (const word of short) {
    const bare = word.replace(/\.$/, "").toLowerCase();
    let matched = false;
    while (j < long.length && !matched) {
      const candidate = long[j++]!.toLowerCase();
      // "Kh" abbreviates "Khawaja", "K." is an initial; a lone letter without a dot is not enough.
      matched = candidate === bare || ((bare.length >= 2 || word.endsWith(".")) && candidate.startsWith(bare));
    }
    if (!matched) return false;
  }
  return true;
}

/** A name with how often it was seen and where it first appeared (for stable ordering). */
export interface NameCount {
  name: string;
  count: number;
  first: number;
}

/**
 * Folds each name into the fullest variant it matches (most mentions, then first
 * seen, wins when several do). Names matching no fuller one stay as they are.
 */
export function mergeNames(names: NameCount[]): NameCount[] {
  const split = new Map(names.map((entry) => [entry.name, entry.name.split(" ")]));
  const byLength = [...names].sort(
    (a, b) => split.get(b.name)!.length - split.get(a.name)!.length || a.first - b.first,
  );
  const merged = new Map<string, NameCount>();
  // Kept names by lower-case surname, in the order they were kept: a variant shares the
  // surname, so only those are compared (an article has hundreds of single words).
  const bySurname = new Map<string, string[]>();
  for (const entry of byLength) {
    const words = split.get(entry.name)!;
    const surname = words[words.length - 1]!.toLowerCase();
    let target: NameCount | undefined;
    for (const name of bySurname.get(surname) ?? []) {
      const kept = merged.get(name)!;
      if (!isVariantOf(words, split.get(name)!)) continue;
      if (!target || kept.count > target.count || (kept.count === target.count && kept.first < target.first))
        target = kept;
    }
    if (target) {
      target.count += entry.count;
      target.first = Math.min(target.first, entry.first);
    } else {
      if (!merged.has(entry.name)) bySurname.set(surname, [...(bySurname.get(surname) ?? []), entry.name]);
      merged.set(entry.name, { ...entry });
    }
  }
  return [...merged.values()];
}
