// Reads and parses the inputs of an import ahead of the one being planned, so the disk and the cores stay busy while articles are planned in order.
import { statOrUndefined } from "../util/stat-or-undefined.ts";
import type { FileState } from "./import-manifest.ts";
import type { ParsedInput } from "./parse-input.ts";
import { type InputFile, readInput } from "./read-input.ts";

/** Inputs read before their turn (default: 16). */
const AHEAD = 16;

/** The inputs of one run, each read and parsed once, up to AHEAD ahead of the one asked for. */
export class ReadAhead {
  private readonly reads = new Map<number, Promise<ParsedInput>>();
  /** Each input's size and time just before it was read, for the manifest. */
  readonly states = new Map<string, FileState | undefined>();

  /**
   * @param files the inputs, in the order they are taken
   * @param maxFileBytes the largest file read
   * @param skip inputs not to read ahead (their outcome is known without reading them)
   * @param parse reads the articles out of an input
   */
  constructor(
    private readonly files: string[],
    private readonly maxFileBytes: number,
    private readonly skip: (path: string) => boolean,
    private readonly parse: (file: InputFile, path: string) => Promise<ParsedInput>,
  ) {}

  /** Starts reading the inputs after `index`, up to AHEAD of them. */
  readAfter(index: number): void {
    for (let next = index + 1; next <= index + AHEAD && next < this.files.length; next++) {
      if (!this.skip(this.files[next]!)) void this.read(next);
    }
  }

  /** The input at `index`, read and parsed now or earlier, and forgotten here once taken; rejects when unreadable. */
  async take(index: number): Promise<ParsedInput> {
    try {
      return await this.read(index);
    } finally {
      this.reads.delete(index);
    }
  }

  private read(index: number): Promise<ParsedInput> {
    let read = this.reads.get(index);
    if (!read) {
      const path = this.files[index]!;
      read = this.readNow(path);
      // A failed read ahead is reported when its input's turn comes (take), not as an unhandled rejection now.
      read.catch(() => undefined);
      this.reads.set(index, read);
    }
    return read;
  }

  /**
   * Reads `path` now, with synchronous calls (through promises, each of thousands of small files cost several times
   * its reading), and starts parsing it. One stat for both the manifest's state and the size readInput checks (it
   * stats again, for the error, when this one failed).
   */
  private readNow(path: string): Promise<ParsedInput> {
    try {
      const info = statOrUndefined(path);
      const file = info?.isFile() ? info : undefined;
      this.states.set(path, file && { size: file.size, mtimeMs: file.mtimeMs });
      return this.parse(readInput(path, this.maxFileBytes, file), path);
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }
}
