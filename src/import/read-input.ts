// Reads a raw input file and decodes it: UTF-8 (with or without BOM), UTF-16 with BOM, a declared charset, Windows-1252.
import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import iconv from "iconv-lite";
import { ImportError } from "../errors.ts";

/**
 * Largest input file read (default: 10 MB). A news article is rarely over 200 kB and a feed over a few MB;
 * a bigger file is refused before it is read (its size comes from stat), so memory stays bounded, and the
 * text stages (regular expressions over whole paragraphs) are never handed tens of megabytes at once.
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** One raw input file, decoded to text with LF line endings. */
export interface InputFile {
  /** The path as the user gave it (relative paths stay relative). */
  path: string;
  name: string;
  /** Lower-case extension without the dot ("" when none). */
  ext: string;
  text: string;
  /** "utf-8", "utf-16le", "utf-16be", "windows-1252", or the charset an HTML or XML file declares. */
  encoding: string;
  /** The file's modification time, the last resort for a date. */
  mtime: Date;
  size: number;
  /** True when the bytes are not text (an image, a PDF, an archive): no format can read them. */
  binary: boolean;
  /** What went wrong in decoding that the reader should check (invalid UTF-8, a cut-off UTF-16 file). */
  warnings: string[];
}

/** The charset an HTML <meta> or an XML declaration names in the first bytes, lower case. */
export function declaredCharset(buffer: Buffer): string | undefined {
  const head = buffer.subarray(0, 4096).toString("latin1");
  const found =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ??
    /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  return found?.toLowerCase();
}

/**
 * Decodes bytes by their BOM; else as UTF-8 when they are valid UTF-8 (whatever a page declares: pages are
 * often re-saved as UTF-8 with the old <meta charset> left in); else by the declared charset; else as Windows-1252.
 */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: string; warning?: string } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    return { text: buffer.subarray(3).toString("utf8"), encoding: "utf-8" };
  }
  const utf16 =
    buffer[0] === 0xff && buffer[1] === 0xfe
      ? "utf-16le"
      : buffer[0] === 0xfe && buffer[1] === 0xff
        ? "utf-16be"
        : undefined;
  if (utf16) {
    // An odd number of bytes: the file was cut off in the middle of a character (a copy or download that stopped).
    const cut = buffer.length % 2 === 1;
    return {
      text: iconv.decode(buffer.subarray(2, cut ? -1 : undefined), utf16),
      encoding: utf16,
      ...(cut
        ? {
            warning: `the ${utf16.toUpperCase()} file ends in the middle of a character: its last byte was dropped; the file may be cut short`,
          }
        : {}),
    };
  }
  try {
    // fatal: true so that invalid UTF-8 falls through to Windows-1252 instead of becoming U+FFFD.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(buffer), encoding: "utf-8" };
  } catch {
    // As browsers do (WHATWG Encoding), Latin-1 and ASCII labels mean Windows-1252: its curly quotes live in 0x80–0x9f.
    const label = declaredCharset(buffer);
    const declared = label && /^(iso-?8859-?1|latin-?1|l1|us-ascii|ascii|cp1252)$/.test(label) ? "windows-1252" : label;
    if (declared && !/^utf-?8$/.test(declared) && iconv.encodingExists(declared))
      return { text: iconv.decode(buffer, declared), encoding: declared };
    const at = firstInvalidUtf8(buffer);
    const line = buffer.subarray(0, at).reduce((count, byte) => count + (byte === 0x0a ? 1 : 0), 1);
    return {
      text: iconv.decode(buffer, "windows-1252"),
      encoding: "windows-1252",
      warning: `line ${line}: not valid UTF-8 (byte 0x${buffer[at]!.toString(16)} at offset ${at}); read as Windows-1252, so check its accented letters and quotes`,
    };
  }
}

/** The offset of the first byte of the first sequence that breaks UTF-8 (a stray or cut-short byte). */
function firstInvalidUtf8(buffer: Buffer): number {
  let index = 0;
  while (index < buffer.length) {
    const lead = buffer[index]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (length === 0) return index;
    for (let next = 1; next < length; next++) {
      const byte = buffer[index + next];
      if (byte === undefined || (byte & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return Math.max(0, buffer.length - 1);
}

/** Normalises line endings to LF and strips NUL characters, which YAML and HTML both reject. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/\u0000/g, "");
}

/** True when decoded text is mostly control characters: binary data that no text encoding explains. */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 4096);
  if (head.length === 0) return false;
  const control = head.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  // Text has none of these; a PNG, PDF or ZIP header has several in its first bytes.
  return head.includes("\u0000") || control / head.length > 0.05;
}

/**
 * Reads and decodes one file, with synchronous calls; throws an ImportError, without reading it, when it is over
 * `maxBytes`. `known` is its size and time when the caller has just read them (default: read here).
 */
export function readInput(path: string, maxBytes = MAX_INPUT_BYTES, known?: { size: number; mtime: Date }): InputFile {
  const info = known ?? statSync(path);
  if (info.size > maxBytes) {
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    throw new ImportError(
      `the file is ${mb(info.size)}, over the ${mb(maxBytes)} limit for one input file, and was not read (split it, or raise --max-size)`,
      { path },
    );
  }
  const bytes = readFileSync(path);
  const { text, encoding, warning } = decodeBytes(bytes);
  return {
    path,
    name: basename(path),
    ext: extname(path).slice(1).toLowerCase(),
    text: normaliseText(text),
    binary: looksBinary(text),
    encoding,
    mtime: info.mtime,
    size: info.size,
    warnings: warning ? [warning] : [],
  };
}
