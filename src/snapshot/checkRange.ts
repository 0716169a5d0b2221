import type {RowReader} from "./readCsv.ts";

/** Logs a bar whose high is below its low, or whose open or close lies outside [low, high]. */
export function checkRange(
  r: RowReader,
  high: number,
  low: number,
  inside: Record<"open" | "close", number | null | undefined>,
): void {
  if (high < low) {
    r.fail("high", `high "${r.text("high")}" is below low "${r.text("low")}"`);
    return;
  }
  for (const column of ["open", "close"] as const) {
    const value = inside[column];
    if (value != null && (value < low || value > high)) {
      r.fail(column, `${column} "${r.text(column)}" is outside the day's range: expected between low "${r.text("low")}" and high "${r.text("high")}"`);
    }
  }
}
