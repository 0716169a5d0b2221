/**
 * The daily move that keeps a stock on course to a month-to-date target: what is left to gain,
 * less what its scripted days will bring, spread evenly over its free days, with a little
 * noise except on the last free day, which lands on the target to the fen.
 */
import type {MonthTarget, StockEvent} from "./script.ts";
import type {Stock} from "./stock.ts";

export interface PathContext {
  stock: Stock;
  target: MonthTarget;
  baseFen: number;
  prevFen: number;
  date: string;
  /** Sample dates after `date`, ascending. */
  later: readonly string[];
  eventOn: (date: string) => StockEvent | undefined;
  /** Limit-up size on a date as a fraction (0.1, 0.2 …). */
  upFracOn: (date: string) => number;
  noise: number;
}

/** The return for `date`, or null when the date is outside (baseDate, target date]. */
export function monthPathReturn(p: PathContext): number | null {
  if (p.date <= p.target.baseDate || p.date > p.target.date) return null;
  let scripted = 1;
  let free = 1;
  for (const d of p.later) {
    if (d > p.target.date) break;
    const e = p.eventOn(d);
    if (e === undefined) free += 1;
    else scripted *= e.kind === "limitUp" ? 1 + p.upFracOn(d) : 1 + e.pct;
  }
  const need = (p.target.ratio * p.baseFen) / p.prevFen / scripted;
  const r = Math.pow(need, 1 / free) - 1;
  return free > 1 ? r + Math.max(-0.02, Math.min(0.02, p.noise * p.stock.sigma * 0.5)) : r;
}
