// Short, stable content hashes for ids and cache keys.
import { createHash } from "node:crypto";

/** The first `length` hex digits of the SHA-256 of `text` (default: 16). */
export function hashText(text: string, length = 16): string {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}
