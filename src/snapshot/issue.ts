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

export const formatIssue = ({file, row, column, message}: Issue): string =>
  `${file}:${row}:${column}: ${message}`;
