// Scores each sentence of an article for the summary.

export function scoreSentences(sentences: string[], junk: boolean[], title: string): number[] {
  void title;
  return sentences.map((_, index) => (junk[index] ? -1e9 : 0) - index);
}
