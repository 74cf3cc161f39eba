// ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum F1, computed as Google's rouge-score does with use_stemmer=True.
import { stemmer } from "stemmer";

export interface RougeScore {
  precision: number;
  recall: number;
  fmeasure: number;
}

/**
 * rouge-score's tokenizer: lower-case, every run outside [a-z0-9] is a space,
 * tokens longer than 3 characters are Porter-stemmed. The `stemmer` package is
 * Martin Porter's original algorithm; rouge-score uses NLTK's PorterStemmer in its
 * default NLTK_EXTENSIONS mode, which differs on a few words (e.g. "dying" → "die"
 * in NLTK but "dy" here, and NLTK's extra "-ly"/"-li" rules), so scores can differ
 * by a hair from the Python package — identically for every method compared.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const token of text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")) {
    if (!token) continue;
    tokens.push(token.length > 3 ? stemmer(token) : token);
  }
  return tokens;
}

function fscore(hits: number, predicted: number, reference: number): RougeScore {
  const precision = predicted > 0 ? hits / predicted : 0;
  const recall = reference > 0 ? hits / reference : 0;
  const fmeasure = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, fmeasure };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(" ");
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N: clipped n-gram overlap. Argument order follows rouge-score: (target, prediction). */
export function rougeN(target: string, prediction: string, n: number): RougeScore {
  const ref = ngramCounts(tokenize(target), n);
  const pred = ngramCounts(tokenize(prediction), n);
  let hits = 0;
  for (const [gram, count] of pred) hits += Math.min(count, ref.get(gram) ?? 0);
  let refTotal = 0;
  let predTotal = 0;
  for (const count of ref.values()) refTotal += count;
  for (const count of pred.values()) predTotal += count;
  return fscore(hits, predTotal, refTotal);
}

export const rouge1 = (target: string, prediction: string): RougeScore => rougeN(target, prediction, 1);
export const rouge2 = (target: string, prediction: string): RougeScore => rougeN(target, prediction, 2);

function lcsTable(ref: string[], can: string[]): Uint32Array[] {
  const table: Uint32Array[] = [];
  for (let i = 0; i <= ref.length; i++) table.push(new Uint32Array(can.length + 1));
  for (let i = 1; i <= ref.length; i++) {
    const row = table[i]!;
    const above = table[i - 1]!;
    for (let j = 1; j <= can.length; j++) {
      row[j] = ref[i - 1] === can[j - 1] ? above[j - 1]! + 1 : Math.max(above[j]!, row[j - 1]!);
    }
  }
  return table;
}

/** Indices in `ref` of one LCS with `can`, backtracked the way rouge-score does. */
function lcsIndices(ref: string[], can: string[]): number[] {
  const table = lcsTable(ref, can);
  const indices: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      indices.push(i - 1);
      i--;
      j--;
    } else if (table[i]![j - 1]! > table[i - 1]![j]!) {
      j--;
    } else {
      i--;
    }
  }
  return indices.reverse();
}

/** ROUGE-L over the whole texts as single token sequences. */
export function rougeL(target: string, prediction: string): RougeScore {
  const ref = tokenize(target);
  const can = tokenize(prediction);
  const lcs = lcsTable(ref, can)[ref.length]![can.length]!;
  return fscore(lcs, can.length, ref.length);
}

/** ROUGE-Lsum: summary-level union LCS over newline-separated sentences, with clipped hits. */
export function rougeLsum(target: string, prediction: string): RougeScore {
  const refSents = target
    .split("\n")
    .filter((s) => s.length > 0)
    .map(tokenize);
  const canSents = prediction
    .split("\n")
    .filter((s) => s.length > 0)
    .map(tokenize);
  const m = refSents.reduce((sum, s) => sum + s.length, 0);
  const n = canSents.reduce((sum, s) => sum + s.length, 0);
  if (m === 0 || n === 0) return { precision: 0, recall: 0, fmeasure: 0 };
  const refCounts = new Map<string, number>();
  const canCounts = new Map<string, number>();
  for (const s of refSents) for (const t of s) refCounts.set(t, (refCounts.get(t) ?? 0) + 1);
  for (const s of canSents) for (const t of s) canCounts.set(t, (canCounts.get(t) ?? 0) + 1);
  let hits = 0;
  for (const ref of refSents) {
    const union = new Set<number>();
    for (const can of canSents) for (const index of lcsIndices(ref, can)) union.add(index);
    for (const index of [...union].sort((a, b) => a - b)) {
      const token = ref[index]!;
      if ((canCounts.get(token) ?? 0) > 0 && (refCounts.get(token) ?? 0) > 0) {
        hits++;
        canCounts.set(token, canCounts.get(token)! - 1);
        refCounts.set(token, refCounts.get(token)! - 1);
      }
    }
  }
  return fscore(hits, n, m);
}
