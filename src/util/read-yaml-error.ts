// Reads a js-yaml error in an article's front matter as the file's line and a one-line reason.

/** Where a front matter YAML error is in the file, and what it says without js-yaml's own "(line:column)". */
export interface YamlErrorPlace {
  /** The file's line (from 1), when js-yaml gave one. */
  line?: number;
  reason: string;
}

/**
 * `firstLine` is the file's line on which the YAML js-yaml read begins: 2 when the text after the opening "---"
 * line was given, 1 when gray-matter's text (which starts with that line's empty rest) was (default: 1).
 */
export function readYamlError(error: unknown, firstLine = 1): YamlErrorPlace {
  const mark = (error as { mark?: { line?: number } }).mark;
  // js-yaml ends its message with "(line:column)" counted inside the front matter: the file's line is given instead.
  const reason = String((error as Error)?.message ?? error)
    .split("\n")[0]!
    .replace(/\s*\(\d+:\d+\)$/, "");
  return { ...(mark?.line !== undefined ? { line: mark.line + firstLine } : {}), reason };
}
