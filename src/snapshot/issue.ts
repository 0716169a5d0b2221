/** A problem found in input data, located by file, row and column (all 1-based; the header is row 1). */
export interface Issue {
  /** Relative to the data folder, e.g. "2025-06-24/stocks.csv". */
  file: string;
  row: number;
  column: number;
  message: string;
}

/** A parse result: the value plus warnings (plausible but odd data), or every error found. */
export type Parsed<T> =
  | {ok: true; value: T; warnings: Issue[]}
  | {ok: false; issues: Issue[]; warnings: Issue[]};

/** Longest message printed: data quoted in a message (a 100 KB header, say) is cut to fit. */
export const MAX_MESSAGE = 400;

// Control characters (C0, DEL, C1) and the bidi controls: a terminal would act on them.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print on a terminal: every control character written as an escape ("\\x1b", "\\u202e"). */
export const printable = (text: string): string =>
  text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });

/**
 * "file:row:column: message", one printable line of bounded length: messages quote data, which
 * may hold terminal escape sequences, NUL bytes or a hundred kilobytes of header.
 */
export function formatIssue({file, row, column, message}: Issue): string {
  const safe = printable(message);
  const cut = safe.length > MAX_MESSAGE ? `${safe.slice(0, MAX_MESSAGE)}… (${safe.length - MAX_MESSAGE} more characters)` : safe;
  return `${printable(file)}:${row}:${column}: ${cut}`;
}
