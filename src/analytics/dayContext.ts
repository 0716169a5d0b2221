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
  /** Stock code → the industry and concept indices it belongs to, sorted. */
  sectorsOf(code: string): string[];
  /** Earlier close snapshots by trade date. */
  daysByDate: Map<string, Snapshot>;
  /** Quotes by code for an earlier date; undefined when that day's snapshot is not in history. */
  quotesOn(date: string): Map<string, StockQuote> | undefined;
}

// A snapshot's quotes by code, built once per snapshot: in a backfill the same parsed day is
// history to the thirty days after it. Snapshots are read-only, so the map stays true.
const quotesBySnapshot = new WeakMap<Snapshot, Map<string, StockQuote>>();

function quotesByCode(snapshot: Snapshot): Map<string, StockQuote> {
  let quotes = quotesBySnapshot.get(snapshot);
  if (!quotes) {
    quotes = new Map(snapshot.stocks.map((q) => [q.code, q]));
    quotesBySnapshot.set(snapshot, quotes);
  }
  return quotes;
}

export function dayContext(day: Day): DayContext {
  const {snapshot, history} = day;
  const date = snapshot.meta.date;
  const limits = new Map<string, StockLimit>();
  for (const q of snapshot.stocks) limits.set(q.code, stockLimit(q, date, history.calendar, history.master));
  const daysByDate = new Map<string, Snapshot>();
  for (const d of history.days) if (d.meta.date < date) daysByDate.set(d.meta.date, d);
  const quotesOn = (d: string) => {
    const snap = daysByDate.get(d);
    return snap && quotesByCode(snap);
  };
  const memberOf = new Map<string, string[]>();
  for (const index of Object.keys(snapshot.members).sort()) {
    for (const code of snapshot.members[index] ?? []) {
      const list = memberOf.get(code);
      if (list) list.push(index);
      else memberOf.set(code, [index]);
    }
  }
  const sectorsOf = (code: string) => [...(memberOf.get(code) ?? [])];
  return {day, date, limits, quotes: quotesByCode(snapshot), daysByDate, quotesOn, sectorsOf};
}
