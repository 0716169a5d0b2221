/** Facts about one index: today's move, the previous session, trend, patterns and records. */
import {candlePatterns} from "./candlePatterns.ts";
import {indexSeries, type Bar} from "./indexSeries.ts";
import {recordClose, roundLevelBreak} from "./recordClose.ts";
import type {CandlePattern, IndexFacts, IndexMove} from "./types.ts";
import {priorRun, upDownStreak} from "./upDownStreak.ts";
import type {Day, IndexQuote} from "../snapshot/types.ts";
import {broadIndex, broadRank} from "../market/broadIndices.ts";

/** Point differences to 0.001, the precision vendors publish levels in (drops float noise like 25.550000000000182). */
export const roundPoints = (x: number) => Math.round(x * 1000) / 1000;

const patternsOn = (bars: readonly Bar[], i: number): CandlePattern[] =>
  i < 0 ? [] : candlePatterns(bars, i).map((p) => ({name: p.name, date: (bars[i] as Bar).date, strength: p.strength}));

/** `bars`: the index's series, when the caller has it already. */
export function indexFacts(quote: IndexQuote, day: Day, bars: readonly Bar[] = indexSeries(quote, day)): IndexFacts {
  const t = bars.length - 1;
  const prev = bars[t - 1];
  const prev2 = bars[t - 2];
  const previous: IndexMove | null =
    prev && prev2
      ? {date: prev.date, close: prev.close, change: roundPoints(prev.close - prev2.close), pctChange: prev.close / prev2.close - 1}
      : null;
  const run = priorRun(bars);
  return {
    code: quote.code,
    name: quote.name,
    // The catalogue knows every broad index's English name, whatever the vendor delivered.
    nameEn: quote.nameEn ?? broadIndex(quote.code)?.name ?? null,
    kind: quote.kind,
    prevClose: quote.prevClose,
    open: quote.open,
    high: quote.high,
    low: quote.low,
    close: quote.close,
    change: roundPoints(quote.close - quote.prevClose),
    pctChange: quote.prevClose === 0 ? 0 : quote.close / quote.prevClose - 1,
    previous,
    reclaimedPreviousLoss: previous !== null && previous.change < 0 && quote.close > (prev2 as Bar).close,
    priorUpSessions: run.up,
    priorDownSessions: run.down,
    streak: upDownStreak(bars, quote.prevClose),
    patterns: patternsOn(bars, t),
    previousPatterns: patternsOn(bars, t - 1),
    record: recordClose(bars),
    roundLevel: roundLevelBreak(bars, quote.prevClose),
  };
}

/** Broad indices in the catalogue's order, then the other broad ones by code. */
export function broadIndexFacts(day: Day): IndexFacts[] {
  return day.snapshot.indices
    .filter((q) => q.kind === "broad")
    .sort((a, b) => broadRank(a.code) - broadRank(b.code) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((q) => indexFacts(q, day));
}
