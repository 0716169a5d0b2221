/**
 * What a story fixes in the sample market. Index paths: returns on given days, levels on
 * given days (the path is bridged between them), ceilings the history must stay under, and
 * the shape of chosen bars. Stocks: an event on a day, a month-to-date change to reach, and
 * for a whole day the limit-up streaks allowed to go on and the headline counts to hit.
 */

/** A bar's open, high and low as changes from the previous close (the close comes from the path). */
export interface BarShape {
  open: number;
  high: number;
  low: number;
}

export interface Ceiling {
  code: string;
  from: string;
  to: string;
  /** An absolute level in points, or `factor` × the close of `of` (a later date). */
  level?: number;
  relative?: {of: string; factor: number};
}

export interface IndexScript {
  /** code → date → daily return (fraction). */
  returns: Record<string, Record<string, number>>;
  /** code → date → close (points, 3 decimals). */
  levels: Record<string, Record<string, number>>;
  ceilings: Ceiling[];
  shapes: Record<string, Record<string, BarShape>>;
  /** date → [lo, hi]: the range of every unscripted sector index's return that day. */
  sectorClamp: Record<string, [number, number]>;
}

export type StockEvent =
  /** Close at the limit-up price; onePrice: open = high = low = close. */
  | {kind: "limitUp"; onePrice?: boolean}
  /** Close this fraction above (below) the previous close, never at a limit. */
  | {kind: "pct"; pct: number};

export interface MonthTarget {
  baseDate: string;
  date: string;
  /** close(date) ÷ close(baseDate). */
  ratio: number;
}

export interface DayTargets {
  /** Only these stocks' limit-up streaks go on (others that closed limit-up the day before do not). */
  continuers?: readonly string[];
  /** Shift ordinary stocks' moves so that advancers and decliners balance. */
  balanceBreadth?: boolean;
  /** Exact count of stocks up more than 9%: on ChiNext, and on the other boards. */
  upOver9?: {chinext: number; other: number};
}

export interface StockScript {
  /** date → code → event. */
  events: Record<string, Record<string, StockEvent>>;
  /** code → month-to-date target. */
  monthTargets: Record<string, MonthTarget>;
  /** Ordinary members of `index` stay at most `ratio` above their close on baseDate until `to`. */
  caps: {index: string; baseDate: string; to: string; ratio: number}[];
  days: Record<string, DayTargets>;
}
