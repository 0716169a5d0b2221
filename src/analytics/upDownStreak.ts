/** Sessions in a row an index moved the same way, ending today, from its close series. */
import type {Bar} from "./indexSeries.ts";
import type {UpDownStreak} from "./types.ts";

const sign = (a: number, b: number) => (a > b ? 1 : a < b ? -1 : 0);

/**
 * Today's streak: today is the last bar, judged against `prevClose` (the snapshot's previous
 * close); earlier bars against the bar before. An unchanged session ends a streak; null when
 * today is unchanged. The streak is a lower bound when it reaches the first bar of history.
 */
export function upDownStreak(bars: readonly Bar[], prevClose: number): UpDownStreak | null {
  const t = bars.length - 1;
  const today = bars[t];
  if (!today) return null;
  const dir = sign(today.close, prevClose);
  if (dir === 0) return null;
  let start = t;
  while (start > 1 && sign((bars[start - 1] as Bar).close, (bars[start - 2] as Bar).close) === dir) start -= 1;
  // Bar `start` is in the streak; at bar 1 or 0 the move before it (bar 0's own) is unknown.
  const lowerBound = start <= 1;
  const baseClose = start === t ? prevClose : (bars[start - 1] as Bar).close;
  return {
    direction: dir > 0 ? "up" : "down",
    sessions: t - start + 1,
    startDate: (bars[start] as Bar).date,
    baseClose,
    cumulativeChange: baseClose === 0 ? 0 : today.close / baseClose - 1,
    lowerBound,
  };
}

/** Consecutive up and down sessions immediately before today (bar t − 1 backwards). */
export function priorRun(bars: readonly Bar[]): {up: number; down: number} {
  const t = bars.length - 1;
  let k = t - 1;
  const dir = k >= 1 ? sign((bars[k] as Bar).close, (bars[k - 1] as Bar).close) : 0;
  let n = 0;
  while (dir !== 0 && k >= 1 && sign((bars[k] as Bar).close, (bars[k - 1] as Bar).close) === dir) {
    n += 1;
    k -= 1;
  }
  return {up: dir > 0 ? n : 0, down: dir < 0 ? n : 0};
}
