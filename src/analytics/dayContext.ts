/**
 * What every fact needs about the day, computed once: today's limits per stock, and earlier
 * close snapshots by date with their quotes by code.
 */
import {stockLimit, type StockLimit} from "./stockLimit.ts";
import type {Day, Snapshot, StockQuote} from "../snapshot/types.ts";

export interface DayContext {
  day: Day;
  date: string;
  /** Today's limit per stock code. */
  limits: Map<string, StockLimit>;
  quotes: Map<string, StockQuote>;
  /** Earlier close snapshots by trade date. */
  daysByDate: Map<string, Snapshot>;
  /** Quotes by code for an earlier date; undefined when that day's snapshot is not in history. */
  quotesOn(date: string): Map<string, StockQuote> | undefined;
}

export function dayContext(day: Day): DayContext {
  const {snapshot, history} = day;
  const date = snapshot.meta.date;
  const limits = new Map<string, StockLimit>();
  const quotes = new Map<string, StockQuote>();
  for (const q of snapshot.stocks) {
    quotes.set(q.code, q);
    limits.set(q.code, stockLimit(q, date, history.calendar));
  }
  const daysByDate = new Map<string, Snapshot>();
  for (const d of history.days) if (d.meta.date < date) daysByDate.set(d.meta.date, d);
  const cache = new Map<string, Map<string, StockQuote>>();
  const quotesOn = (d: string) => {
    const snap = daysByDate.get(d);
    if (!snap) return undefined;
    let m = cache.get(d);
    if (!m) {
      m = new Map(snap.stocks.map((q) => [q.code, q]));
      cache.set(d, m);
    }
    return m;
  };
  return {day, date, limits, quotes, daysByDate, quotesOn};
}
