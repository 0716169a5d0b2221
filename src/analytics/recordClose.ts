/**
 * Records over the available history: the highest close, and the first close above a round
 * level in years. History is finite, so a "record" is "the highest close in the N sessions of
 * history", and the facts carry N and where history starts.
 */
import type {Bar} from "./indexSeries.ts";
import type {RecordClose, RoundLevelBreak} from "./types.ts";

/**
 * Today (the last bar) against every earlier close; ties for the previous high take the latest
 * date. Also the last earlier close at or above today's (a desk says "the highest close since
 * March 2023" from it) and how many sessions lie after it.
 */
export function recordClose(bars: readonly Bar[]): RecordClose {
  const t = bars.length - 1;
  let previousHigh: number | null = null;
  let previousHighDate: string | null = null;
  for (let k = 0; k < t; k += 1) {
    const b = bars[k] as Bar;
    if (previousHigh === null || b.close >= previousHigh) {
      previousHigh = b.close;
      previousHighDate = b.date;
    }
  }
  const today = bars[t];
  let higher = -1;
  // An equal close counts as "as high": today is then the highest only since that day.
  for (let k = t - 1; k >= 0 && today && higher < 0; k -= 1) if ((bars[k] as Bar).close >= today.close) higher = k;
  return {
    lastHigherDate: higher < 0 ? null : (bars[higher] as Bar).date,
    sessionsSinceHigher: higher < 0 ? Math.max(t, 0) : t - higher - 1,
    isRecord: today !== undefined && previousHigh !== null && today.close > previousHigh,
    historySessions: Math.max(t, 0),
    historyStart: t > 0 ? (bars[0] as Bar).date : null,
    previousHigh,
    previousHighDate,
  };
}

/**
 * The round level at or below x: multiples of 100 below 1,000, of 500 from 1,000 (so 1,000,
 * 1,500 … 9,500) and of 1,000 from 10,000; null below 100.
 */
export function roundLevelAtOrBelow(x: number): number | null {
  const step = x >= 10_000 ? 1000 : x >= 1000 ? 500 : x >= 100 ? 100 : null;
  return step === null ? null : Math.floor(x / step) * step;
}

/** The same month and day one year earlier, as an ISO string (02-29 compares correctly as text). */
const yearBefore = (date: string) => `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;

/** Whole years from `from` to `to` (ISO dates). */
export function wholeYears(from: string, to: string): number {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return to.slice(5) < from.slice(5) ? years - 1 : years;
}

/**
 * "First close above L in Y years": today's close ≥ L > previous close, where L is the highest
 * round level crossed, and the last earlier close ≥ L is at least a year before today. When
 * no earlier close reached L, history must itself reach back a year (else we cannot say
 * "first in a year"). Null when no such break happened.
 */
export function roundLevelBreak(bars: readonly Bar[], prevClose: number): RoundLevelBreak | null {
  const t = bars.length - 1;
  const today = bars[t];
  if (!today) return null;
  const level = roundLevelAtOrBelow(today.close);
  if (level === null || prevClose >= level) return null;
  const aYearAgo = yearBefore(today.date);
  const historyStart = t > 0 ? (bars[0] as Bar).date : null;
  let lastAbove: Bar | undefined;
  for (let k = t - 1; k >= 0 && !lastAbove; k -= 1) if ((bars[k] as Bar).close >= level) lastAbove = bars[k];
  if (lastAbove) {
    if (lastAbove.date > aYearAgo) return null;
    return {level, lastAboveDate: lastAbove.date, yearsSince: wholeYears(lastAbove.date, today.date), historyStart};
  }
  if (historyStart === null || historyStart > aYearAgo) return null;
  return {level, lastAboveDate: null, yearsSince: null, historyStart};
}
