// Assembles the bad-input corpus in a temporary folder: the committed files of test/fixtures/bad, and the
// ones made at run time (too big, binary or invalid to commit): a PNG named .txt, a 50 MB text file,
// invalid UTF-8 and a truncated UTF-16 file.
import { cp, open, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

/** Size of the huge text file (default: 50 MB). */
export const HUGE_BYTES = 50 * 1024 * 1024;

/** A valid 1×1 PNG: signature, IHDR, IDAT, IEND. */
export function makePng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from([0, 255, 0, 0, 255]))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Writes `bytes` of article-like text to `path` in 1 MB pieces, so the test itself stays small in memory. */
async function writeHuge(path: string, bytes: number): Promise<void> {
  const line = "The council met again on Tuesday and talked about the harbour bridge for a long time.\n";
  const piece = Buffer.from(line.repeat(Math.ceil((1024 * 1024) / line.length))).subarray(0, 1024 * 1024);
  const handle = await open(path, "w");
  try {
    await handle.write("Title: A file far too big to be one article\nDate: 2025-06-19\n\n");
    for (let written = 0; written < bytes; written += piece.length) await handle.write(piece);
  } finally {
    await handle.close();
  }
}

/** Copies test/fixtures/bad (but hostile/) into `folder` and adds the generated files; returns their names. */
export async function makeBadInputs(folder: string): Promise<string[]> {
  // The hostile pages of test/fixtures/bad/hostile are a corpus of their own (hostile-content.test.ts).
  await cp("test/fixtures/bad", folder, { recursive: true, filter: (source) => !source.includes("/hostile") });
  await writeFile(join(folder, "picture.txt"), makePng());
  await writeHuge(join(folder, "huge.txt"), HUGE_BYTES);
  // "café" with a lone continuation byte and a truncated 3-byte sequence: not UTF-8 at all.
  const invalid = Buffer.concat([
    Buffer.from("Title: Caf"),
    Buffer.from([0xe9]),
    Buffer.from(
      " owner wins the \x93best breakfast\x94 prize\nDate: 2025-06-20\n\nThe owner of the harbour caf",
      "latin1",
    ),
    Buffer.from([0xe9, 0x80, 0xc3]),
    Buffer.from(" won the best breakfast prize on Friday, for the third year running.\n"),
  ]);
  await writeFile(join(folder, "invalid-utf8.txt"), invalid);
  // UTF-16LE with its BOM, cut in the middle of a character (an odd number of bytes).
  const utf16 = Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(
      "Title: Tide tables printed wrong\nDate: 2025-06-21\n\nThe tide tables printed in Saturday's paper were a week out of date, the harbour master said on Sunday.\n",
      "utf16le",
    ),
    Buffer.from("The corrected tables", "utf16le"),
    Buffer.from([0x61]),
  ]);
  await writeFile(join(folder, "truncated-utf16.txt"), utf16);
  // A link to a story that was moved away: the one file fails, not the folder it is in.
  await symlink("moved-away.txt", join(folder, "broken-link.txt"));
  return ["picture.txt", "huge.txt", "invalid-utf8.txt", "truncated-utf16.txt", "broken-link.txt"];
}
