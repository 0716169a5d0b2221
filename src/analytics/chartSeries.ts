/**
 * The daily bars the brief's charts draw, carried in the facts so that the composer needs
 * nothing else: the broad indices' last CANDLE_SESSIONS sessions (candlesticks) and the last
 * SPOTLIGHT_SESSIONS of every sector the spotlight may feature (notable sectors and leaders).
 */
import {indexSeries, type Bar} from "./indexSeries.ts";
import type {MarketFacts} from "./types.ts";
import type {Day} from "../snapshot/types.ts";

export const CANDLE_SESSIONS = 30;
export const SPOTLIGHT_SESSIONS = 40;

export function chartSeries(facts: Pick<MarketFacts, "indices" | "sectors">, day: Day): Record<string, Bar[]> {
  const wanted = new Map<string, number>();
  for (const i of facts.indices) wanted.set(i.code, CANDLE_SESSIONS);
  for (const s of [...facts.sectors.notable, ...facts.sectors.leaders]) wanted.set(s.code, SPOTLIGHT_SESSIONS);
  const series: Record<string, Bar[]> = {};
  for (const code of [...wanted.keys()].sort()) {
    const quote = day.snapshot.indices.find((q) => q.code === code);
    if (!quote) continue;
    series[code] = indexSeries(quote, day)
      .slice(-(wanted.get(code) as number))
      .map((b) => ({date: b.date, open: b.open, high: b.high, low: b.low, close: b.close}));
  }
  return series;
}
