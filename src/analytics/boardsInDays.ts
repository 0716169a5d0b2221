/**
 * N天M板: M limit-up closes within the last N sessions, gaps allowed, as Chinese market sites
 * count a stock's height ("8天7板"). The run goes back from today over sessions with and
 * without a limit-up close and ends after MAX_GAP sessions in a row without one; N runs from
 * the run's first limit-up to today. Suspended sessions are skipped (they count in neither).
 */
import type {DayContext} from "./dayContext.ts";
import {limitUpWalk} from "./limitUpWalk.ts";
import type {BoardsInDays} from "./types.ts";

/** Sessions in a row without a limit-up close that a run may cross (EastMoney's 涨停统计 shows runs like 4天2板). */
export const MAX_GAP = 2;

/** N天M板 of a stock that closed limit-up today. */
export function boardsInDays(code: string, ctx: DayContext): BoardsInDays {
  let days = 1;
  let boards = 1;
  let since = 0; // sessions since the earliest limit-up so far
  let gap = 0;
  for (const s of limitUpWalk(code, ctx)) {
    if (s.kind === "suspended") continue;
    if (s.kind === "limitUp") {
      since += 1;
      boards += 1;
      days += since;
      since = 0;
      gap = 0;
      continue;
    }
    if (s.kind === "other") {
      gap += 1;
      since += 1;
      if (gap > MAX_GAP) return {days, boards, lowerBound: false};
      continue;
    }
    // Data ended: a limit-up may lie just beyond unless the stock was not listed yet.
    return {days, boards, lowerBound: s.kind !== "notListed"};
  }
  return {days, boards, lowerBound: true};
}
