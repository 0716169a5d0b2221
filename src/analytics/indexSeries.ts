/** An index's daily bars: history before today plus today's bar from the snapshot, oldest first. */
import type {IndexQuote, IndexBar} from "../snapshot/types.ts";
import type {Day} from "../snapshot/types.ts";
import {isMergedSeries} from "../snapshot/history.ts";

export type Bar = Omit<IndexBar, "code">;

const bar = (b: Bar): Bar => ({date: b.date, open: b.open, high: b.high, low: b.low, close: b.close});

/** Bars strictly before today (sorted by date, one per date, the last given winning), then today. */
export function indexSeries(quote: IndexQuote, day: Day): Bar[] {
  const date = day.snapshot.meta.date;
  const history = day.history.indexBars[quote.code] ?? [];
  const today: Bar = {date, open: quote.open, high: quote.high, low: quote.low, close: quote.close};
  // loadDay gives years of bars already in order, one per date: when all are before today, take
  // them as they are (shared, read-only: no fact keeps a bar).
  const ordered = isMergedSeries(history) || history.every((b, i) => i === 0 || (history[i - 1] as IndexBar).date < b.date);
  if (ordered && (history.at(-1)?.date ?? "") < date) {
    return [...history, today];
  }
  const byDate = new Map<string, Bar>();
  for (const b of history) if (b.date < date) byDate.set(b.date, bar(b));
  const earlier = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  return [...earlier, today];
}
