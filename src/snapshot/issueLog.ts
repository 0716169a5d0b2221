import type {Issue, Parsed} from "./issue.ts";

/** At most this many errors (and, separately, warnings) are listed per file; then one line says how many more. */
export const MAX_ISSUES_PER_FILE = 50;

/** Collects the errors and warnings of one file as they are found, in any order. */
export interface IssueLog {
  readonly file: string;
  error(row: number, column: number, message: string): void;
  warn(row: number, column: number, message: string): void;
  hasErrors(): boolean;
  /** Errors sorted by row, then column, capped at MAX_ISSUES_PER_FILE plus one line counting the rest. */
  errors(): Issue[];
  warnings(): Issue[];
}

const byPlace = (a: Issue, b: Issue) => a.row - b.row || a.column - b.column;

/** Sorts issues by place and keeps the first MAX_ISSUES_PER_FILE; one more issue, at the first left out, counts the rest. */
function capped(issues: Issue[], noun: string): Issue[] {
  // Stable sort: issues at the same place keep the order they were found in.
  const sorted = [...issues].sort(byPlace);
  if (sorted.length <= MAX_ISSUES_PER_FILE) return sorted;
  const kept = sorted.slice(0, MAX_ISSUES_PER_FILE);
  const first = sorted[MAX_ISSUES_PER_FILE] as Issue;
  const more = sorted.length - MAX_ISSUES_PER_FILE;
  kept.push({
    file: first.file,
    row: first.row,
    column: first.column,
    message: `${more} more ${noun} in this file not listed (only the first ${MAX_ISSUES_PER_FILE} are shown)`,
  });
  return kept;
}

/** Messages quote data, which may hold line breaks; an issue stays on one line. */
const oneLine = (message: string) => message.replace(/\r\n|\r|\n/g, "\\n");

export function issueLog(file: string): IssueLog {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  return {
    file,
    error: (row, column, message) => void errors.push({file, row, column, message: oneLine(message)}),
    warn: (row, column, message) => void warnings.push({file, row, column, message: oneLine(message)}),
    hasErrors: () => errors.length > 0,
    errors: () => capped(errors, "errors"),
    warnings: () => capped(warnings, "warnings"),
  };
}

/** The result of parsing with one or more logs: the value when none has an error, else every error. */
export function parsedFrom<T>(logs: readonly IssueLog[], value: T): Parsed<T> {
  const warnings = logs.flatMap((log) => log.warnings());
  if (!logs.some((log) => log.hasErrors())) return {ok: true, value, warnings};
  return {ok: false, issues: logs.flatMap((log) => log.errors()), warnings};
}
