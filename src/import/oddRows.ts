import type {IssueLog} from "../snapshot/issueLog.ts";

/**
 * Rows of a vendor file that cannot be used as they are. One odd row never blocks a day: each
 * is either left out or written as suspended, with one warning naming its row and column and
 * why, and the file gets one more warning, on row 1, counting the rows per reason.
 */
export type OddOutcome = "leftOut" | "suspended";

export interface OddRows {
  /** Logs one warning for the row and counts it under `reason` (a short phrase, for the summary). */
  note(outcome: OddOutcome, reason: string, row: number, column: number, message: string): void;
  /** Logs the summary warning (none when no row was odd); returns the counts per outcome. */
  summarize(): Record<OddOutcome, number>;
}

const PHRASE: Record<OddOutcome, (rows: string) => string> = {
  leftOut: (rows) => `left out ${rows}`,
  suspended: (rows) => `wrote ${rows} as suspended`,
};

export function oddRows(log: IssueLog): OddRows {
  const counts: Record<OddOutcome, Map<string, number>> = {leftOut: new Map(), suspended: new Map()};
  return {
    note(outcome, reason, row, column, message) {
      counts[outcome].set(reason, (counts[outcome].get(reason) ?? 0) + 1);
      log.warn(row, column, message);
    },
    summarize() {
      const parts: string[] = [];
      const totals = {leftOut: 0, suspended: 0};
      for (const outcome of ["leftOut", "suspended"] as const) {
        // Most frequent reason first; ties by the reason's text, so the line is the same every run.
        const reasons = [...counts[outcome]].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
        totals[outcome] = reasons.reduce((sum, [, n]) => sum + n, 0);
        if (totals[outcome] === 0) continue;
        const rows = totals[outcome] === 1 ? "1 row" : `${totals[outcome]} rows`;
        parts.push(`${PHRASE[outcome](rows)}: ${reasons.map(([reason, n]) => `${n} ${reason}`).join(", ")}`);
      }
      if (parts.length > 0) log.warn(1, 1, parts.join("; "));
      return totals;
    },
  };
}

/** The first error a row reader logged: where and what. */
export interface RowProblem {
  column: number;
  message: string;
}

/**
 * An IssueLog for reading one row whose errors are not errors of the file: it keeps the first
 * (the caller turns it into the row's one warning) and passes warnings through to `log`.
 */
export function rowProblems(log: IssueLog): IssueLog & {first(): RowProblem | null} {
  let first: RowProblem | null = null;
  return {
    file: log.file,
    error: (_row, column, message) => void (first ??= {column, message}),
    warn: (row, column, message) => log.warn(row, column, message),
    hasErrors: () => first !== null,
    errors: () => [],
    warnings: () => [],
    first: () => first,
  };
}
