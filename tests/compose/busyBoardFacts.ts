/**
 * Hand-made facts of a busy day: the small golden day with its limit-up board replaced by 150
 * limit-ups, as real days bring (100–150): six themes of 40, 30, 25, 20, 15 and 5 stocks, then
 * 15 stocks of no theme; every tenth stock on a streak of 1 + (i mod 4), every 25th with a gap
 * (N天M板) above its streak.
 */
import {readFileSync} from "node:fs";
import type {LimitStock, LimitTheme, MarketFacts, StreakStock} from "../../src/analytics/types.ts";

const THEMES: [string, string, number][] = [
  ["885001.TI", "Robotics", 40],
  ["885002.TI", "AI Computing Power", 30],
  ["885003.TI", "Solid-State Battery", 25],
  ["885004.TI", "Chips", 20],
  ["885005.TI", "Low-Altitude Economy", 15],
  ["885006.TI", "Rare Earths", 5],
];

export function busyBoardFacts(): MarketFacts {
  const f = JSON.parse(readFileSync("tests/golden/small/expected/2025-06-24.facts.json", "utf8")) as MarketFacts;
  const template = f.limits.limitUp[0] as LimitStock;
  const stocks: LimitStock[] = [];
  const streaks: StreakStock[] = [];
  const themes: LimitTheme[] = [];
  let n = 0;
  const add = (theme: string | null) => {
    n += 1;
    const code = `${String(600000 + n)}.SH`;
    // Changes from +9.90% to +10.10%, so rows order by change within a streak.
    const pctChange = 0.099 + (n % 21) / 10_000;
    stocks.push({...template, code, name: `Stock ${n}`, pctChange, sectors: theme ? [theme] : []});
    const height = n % 10 === 0 ? 1 + (n % 4) : 1;
    const boards = n % 25 === 0 ? height + 1 : height;
    streaks.push({
      code,
      name: `Stock ${n}`,
      board: "main",
      height,
      lowerBound: false,
      dates: [],
      startPrevCloseFen: 1000,
      closeFen: 1100,
      cumulativeGain: 0.1,
      boardsInDays: {days: boards > height ? boards + 1 : height, boards, lowerBound: false},
    });
    return code;
  };
  for (const [code, name, size] of THEMES) {
    const codes = Array.from({length: size}, () => add(code));
    themes.push({code, name, memberCount: size * 3, limitUpMembers: size, codes});
  }
  for (let i = 0; i < 15; i++) add(null);
  const heights = [...new Set(streaks.map((s) => s.height))].sort((a, b) => b - a);
  return {
    ...f,
    limits: {...f.limits, limitUp: stocks, limitUpCount: stocks.length},
    ladder: {
      ...f.ladder,
      rungs: heights.map((height) => ({height, stocks: streaks.filter((s) => s.height === height)})),
      firstBoardCount: streaks.filter((s) => s.height === 1).length,
      consecutiveCount: streaks.filter((s) => s.height > 1).length,
      maxHeight: heights[0] ?? 0,
    },
    limitThemes: themes,
    englishNames: {},
  };
}
