/**
 * Consecutive limit-ups (连板) for one stock, walking back over the trading calendar through
 * earlier close snapshots. Each day is judged under its own date's rule (a main-board ST
 * streak across 2026-07-06 is 5% before and 10% after). A suspended day neither counts nor
 * breaks the streak.
 */
import type {DayContext} from "./dayContext.ts";
import {limitFlags} from "./limitStatus.ts";
import {lowerBound} from "../market/sessionsListed.ts";
import {stockLimit} from "./stockLimit.ts";

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
  const {calendar} = ctx.day.history;
  const today = ctx.quotes.get(code);
  if (!today) throw new Error(`limitUpStreak: ${code} is not in today's snapshot`);
  const dates = [ctx.date];
  let startPrevCloseFen = today.prevCloseFen;
  let i = lowerBound(calendar, ctx.date) - 1;
  for (; i >= 0; i -= 1) {
    const date = calendar[i] as string;
    const quotes = ctx.quotesOn(date);
    // A calendar day without its snapshot: we cannot know whether the streak went on.
    if (!quotes) return {height: dates.length, lowerBound: true, dates, startPrevCloseFen};
    const q = quotes.get(code);
    if (!q) {
      // Not yet listed ends the streak for certain; otherwise the stock is missing from the data.
      const notListed = today.listDate !== null && date < today.listDate;
      return {height: dates.length, lowerBound: !notListed, dates, startPrevCloseFen};
    }
    if (q.suspended || q.closeFen === null) continue;
    const limit = stockLimit(q, date, calendar);
    if (limit.kind === "unknown") return {height: dates.length, lowerBound: true, dates, startPrevCloseFen};
    if (!limitFlags(q, limit).limitUp) break;
    dates.unshift(date);
    startPrevCloseFen = q.prevCloseFen;
  }
  return {height: dates.length, lowerBound: i < 0, dates, startPrevCloseFen};
}
