/**
 * Consecutive limit-ups (连板) for one stock, walking back over the trading calendar through
 * earlier close snapshots. Each day is judged under its own date's rule (a main-board ST
 * streak across 2026-07-06 is 5% before and 10% after). A suspended day neither counts nor
 * breaks the streak.
 */
import type {DayContext} from "./dayContext.ts";
import {limitUpWalk} from "./limitUpWalk.ts";

export interface LimitUpStreak {
  /** Limit-up closes in the streak, today included. */
  height: number;
  /** History ran out, had a gap, or an earlier limit was unknown while the streak was still going. */
  lowerBound: boolean;
  /** Limit-up dates, oldest first. */
  dates: string[];
  /** Previous close on the streak's first day, fen. */
  startPrevCloseFen: number;
}

/** The streak ending today of a stock that closed limit-up today (today counts as 1). */
export function limitUpStreak(code: string, ctx: DayContext): LimitUpStreak {
  const today = ctx.quotes.get(code);
  if (!today) throw new Error(`limitUpStreak: ${code} is not in today's snapshot`);
  const dates = [ctx.date];
  let startPrevCloseFen = today.prevCloseFen;
  const done = (lowerBound: boolean) => ({height: dates.length, lowerBound, dates, startPrevCloseFen});
  for (const s of limitUpWalk(code, ctx)) {
    if (s.kind === "suspended") continue;
    if (s.kind === "other" || s.kind === "notListed") return done(false);
    if (s.kind !== "limitUp") return done(true);
    dates.unshift(s.date);
    startPrevCloseFen = s.quote.prevCloseFen;
  }
  // The calendar ran out while the streak was still going.
  return done(true);
}
