// One error class per stage, all keeping the input path and the cause.

/** The base of every Broadsheet error: a message that names the file, and its cause. */
export class BroadsheetError extends Error {
  /** The input file the error is about, when there is one. */
  readonly path: string | undefined;
  /** 1-based line in that file, when known. */
  readonly line: number | undefined;

  constructor(message: string, options: { path?: string; line?: number; cause?: unknown } = {}) {
    const where = options.path ? `${options.path}${options.line ? `:${options.line}` : ""}: ` : "";
    super(where + message, { cause: options.cause });
    this.name = new.target.name;
    this.path = options.path;
    this.line = options.line;
  }
}

export class ImportError extends BroadsheetError {}
export class SummaryError extends BroadsheetError {}
export class RenderError extends BroadsheetError {}
export class IndexError extends BroadsheetError {}
