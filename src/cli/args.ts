import {parseArgs, type ParseArgsConfig} from "node:util";

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

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isoDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new UsageError(`${flag} "${value}" is not a date (expected YYYY-MM-DD)`);
  }
  return value;
}
