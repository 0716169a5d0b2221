/** The consecutive limit-up ladder: today's headline limit-up stocks grouped by streak height. */
import type {DayContext} from "./dayContext.ts";
import {HEADLINE_FILTERS} from "./limitFacts.ts";
import {limitUpStreak} from "./limitUpStreak.ts";
import {boardsInDays} from "./boardsInDays.ts";
import {pctChange} from "../market/fen.ts";
import type {LadderFacts, LadderRung, LimitStock, StreakStock} from "./types.ts";

export function ladder(limitUp: readonly LimitStock[], ctx: DayContext): LadderFacts {
  const stocks: StreakStock[] = limitUp.map((s) => {
    const streak = limitUpStreak(s.code, ctx);
    return {
      code: s.code,
      name: s.name,
      board: s.board,
      height: streak.height,
      lowerBound: streak.lowerBound,
      dates: streak.dates,
      startPrevCloseFen: streak.startPrevCloseFen,
      closeFen: s.closeFen,
      cumulativeGain: pctChange(s.closeFen, streak.startPrevCloseFen),
      boardsInDays: boardsInDays(s.code, ctx),
    };
  });
  const heights = [...new Set(stocks.map((s) => s.height))].sort((a, b) => b - a);
  const rungs: LadderRung[] = heights.map((height) => ({
    height,
    stocks: stocks.filter((s) => s.height === height).sort((a, b) => (a.code < b.code ? -1 : 1)),
  }));
  return {
    filters: {...HEADLINE_FILTERS},
    rungs,
    firstBoardCount: stocks.filter((s) => s.height === 1).length,
    consecutiveCount: stocks.filter((s) => s.height >= 2).length,
    maxHeight: heights[0] ?? 0,
    maxBoardsInDays: Math.max(0, ...stocks.map((s) => s.boardsInDays.boards)),
  };
}
