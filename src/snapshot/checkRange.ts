import type {RowReader} from "./readCsv.ts";

export type BarColumn = "open" | "high" | "low" | "close";

const OUR_NAMES: Record<BarColumn, string> = {open: "open", high: "high", low: "low", close: "close"};

/**
 * Logs a bar whose high is below its low, or whose open or close lies outside [low, high].
 * `names` maps the bar's fields to the file's column names (vendor files name them otherwise).
 */
export function checkRange(
  r: RowReader,
  high: number,
  low: number,
  inside: Record<"open" | "close", number | null | undefined>,
  names: Record<BarColumn, string> = OUR_NAMES,
): void {
  const shown = (c: BarColumn) => `${names[c]} "${r.text(names[c])}"`;
  if (high < low) {
    r.fail(names.high, `${shown("high")} is below ${shown("low")}`);
    return;
  }
  for (const column of ["open", "close"] as const) {
    const value = inside[column];
    if (value != null && (value < low || value > high)) {
      r.fail(names[column], `${shown(column)} is outside the day's range: expected between ${shown("low")} and ${shown("high")}`);
    }
  }
}
