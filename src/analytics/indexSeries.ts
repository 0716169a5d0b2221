/** An index's daily bars: history before today plus today's bar from the snapshot, oldest first. */
import type {IndexQuote, IndexBar} from "../snapshot/types.ts";
import type {Day} from "../snapshot/types.ts";

export type Bar = Omit<IndexBar, "code">;

/** Bars strictly before today (sorted by date, one per date, the last given winning), then today. */
export function indexSeries(quote: IndexQuote, day: Day): Bar[] {
  const date = day.snapshot.meta.date;
  const byDate = new Map<string, Bar>();
  for (const b of day.history.indexBars[quote.code] ?? []) {
    if (b.date < date) byDate.set(b.date, {date: b.date, open: b.open, high: b.high, low: b.low, close: b.close});
  }
  const earlier = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  return [...earlier, {date, open: quote.open, high: quote.high, low: quote.low, close: quote.close}];
}
