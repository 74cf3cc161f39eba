// Texts in one block of shared memory, as UTF-8: a worker thread reads them where they are instead of a copy of each.

/** Texts written one after another into shared memory; text `i` is the bytes from `ends[i - 1]` (or 0) to `ends[i]`. */
export interface SharedTexts {
  bytes: Uint8Array;
  ends: Uint32Array;
}

/**
 * `texts` in shared memory. Sending thousands of strings to a worker thread copies them twice (a serialised copy,
 * then the worker's own strings, each kept until its heap is collected); shared, the worker's thread sees these
 * bytes and decodes a text only when it reads it.
 */
export function shareTexts(texts: readonly string[]): SharedTexts {
  const ends = new Uint32Array(new SharedArrayBuffer(Math.max(1, texts.length) * 4));
  let size = 0;
  texts.forEach((text, index) => {
    size += Buffer.byteLength(text, "utf8");
    ends[index] = size;
  });
  const bytes = new Uint8Array(new SharedArrayBuffer(Math.max(1, size)));
  const buffer = Buffer.from(bytes.buffer);
  texts.forEach((text, index) => {
    buffer.write(text, index ? ends[index - 1]! : 0, "utf8");
  });
  return { bytes, ends };
}

/** Text `index` of `shared`. */
export function sharedText(shared: SharedTexts, index: number): string {
  const { bytes, ends } = shared;
  const start = index ? ends[index - 1]! : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, ends[index]! - start).toString("utf8");
}
