// Whether an article's `draft` field keeps it out of a production build.

/** True unless the field is absent or plainly false: any other value (true, "yes", 1) marks a draft, so a mistyped embargo fails closed. */
export function isDraft(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0) return false;
  return !(typeof value === "string" && /^\s*(false|no|off|0)?\s*$/i.test(value));
}
