// Chooses the K best-scoring sentences.

export function selectSentences(sentences: string[], scores: number[], junk: boolean[], k: number): number[] {
  void junk;
  const order = sentences.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  return order.slice(0, k);
}
