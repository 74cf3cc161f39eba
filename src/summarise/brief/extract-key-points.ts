// Shortens the summary's best sentences into key points for a bullet list.

/** Words a key point keeps before it is cut at a clause boundary (default: 25). */
export const KEY_POINT_WORDS = 25;

/** Cuts a long sentence at its first clause boundary after a few words, or at the word limit. */
function shorten(sentence: string): string {
  const words = sentence.split(/\s+/);
  if (words.length <= KEY_POINT_WORDS) return sentence;
  // A dash, semicolon or ", while/but/which/who" ends the main clause in news copy.
  const boundary = /\s*(?:[;—–]|\s-\s|,\s+(?:while|but|which|who|although|as|after|adding|saying|amid)\b)/g;
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(sentence)) !== null) {
    const before = sentence.slice(0, match.index);
    const count = before.split(/\s+/).length;
    if (count >= 8 && count <= KEY_POINT_WORDS) return `${before.replace(/[,:]$/, "")}.`;
  }
  return `${words.slice(0, KEY_POINT_WORDS).join(" ").replace(/[,;:]$/, "")}…`;
}

/** Key points: each summary sentence without its opening quote marks, shortened to its main clause. */
export function extractKeyPoints(summary: string[]): string[] {
  return summary.map((sentence) => shorten(sentence.trim()));
}
