// Wrong usage of the CLI (an unknown option, a bad value): exit code 2 and the command's help.
import { parseArgs, type ParseArgsConfig } from "node:util";

export class UsageError extends Error {}

/** What parseOptions returns for the options `T` (spelt out so that the package's type declarations can name it). */
export type ParsedOptions<T extends ParseArgsConfig["options"]> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
>;

/** node:util's parseArgs, with its errors turned into UsageErrors. */
export function parseOptions<T extends ParseArgsConfig["options"]>(args: string[], options: T): ParsedOptions<T> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
