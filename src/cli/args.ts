import {parseArgs, type ParseArgsConfig} from "node:util";
import {isIsoDate} from "../snapshot/fields.ts";

/** Thrown for a command line we cannot act on; the CLI prints it with the usage and exits 2. */
export class UsageError extends Error {}

/** node:util parseArgs, with its errors turned into UsageError. */
export function parse<T extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: T) {
  try {
    return parseArgs({args: argv, options, strict: true, allowPositionals: false});
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * A date flag's value, checked as strictly as the data's dates: `2025-02-30` is refused, where
 * Date.parse would roll it over to March 2nd and a range would silently mean other days.
 */
export function isoDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UsageError(`${flag} "${value}" is not a date (expected a real YYYY-MM-DD date)`);
  return value;
}
