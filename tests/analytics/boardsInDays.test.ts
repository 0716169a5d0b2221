import {describe, expect, it} from "vitest";
import {boardsInDays} from "../../src/analytics/boardsInDays.ts";
import {dayContext} from "../../src/analytics/dayContext.ts";
import {day, snapshot, stock, weekdays, type StockSpec} from "./fixtures.ts";

/**
 * One main-board stock's sessions, the last one today. The calendar starts months earlier, so
 * the listing age is known, but snapshots exist only for the rows given.
 */
function series(rows: [string, Omit<StockSpec, "code">][]) {
  const code = "600100.SH";
  const snaps = rows.map(([date, s]) => snapshot(date, [stock({code, ...s})]));
  const today = snaps.pop();
  if (!today) throw new Error("empty series");
  const first = rows[0]?.[0] as string;
  const before = weekdays("2025-01-01", first).slice(0, -1);
  return dayContext(day(today, {days: snaps, calendar: [...before, ...rows.map(([d]) => d)]}));
}

// Main board ±10%: 10.00 → 11.00 → 12.10 → 13.31 → 14.64 are limit-up closes (half up in fen).
const UP = (prev: string, close: string) => ({prev, close});
const FLAT = (prev: string) => ({prev, close: prev});

describe("boardsInDays(code, ctx)", () => {
  it("counts limit-ups across gaps of up to two sessions (N天M板)", () => {
    const ctx = series([
      ["2025-06-16", FLAT("10.00")], // a session without a limit-up before the run: not counted
      ["2025-06-17", FLAT("10.00")],
      ["2025-06-18", FLAT("10.00")],
      ["2025-06-19", UP("10.00", "11.00")],
      ["2025-06-20", FLAT("11.00")],
      ["2025-06-23", UP("11.00", "12.10")],
      ["2025-06-24", UP("12.10", "13.31")],
    ]);
    // 06-19 … 06-24 is 4 sessions holding 3 limit-ups; three quiet sessions before end the run.
    expect(boardsInDays("600100.SH", ctx)).toEqual({days: 4, boards: 3, lowerBound: false});
  });

  it("crosses a two-session gap but not a three-session one", () => {
    const two = series([
      ["2025-06-18", FLAT("10.00")],
      ["2025-06-19", FLAT("10.00")],
      ["2025-06-20", FLAT("10.00")],
      ["2025-06-23", UP("10.00", "11.00")],
      ["2025-06-24", FLAT("11.00")],
      ["2025-06-25", FLAT("11.00")],
      ["2025-06-26", UP("11.00", "12.10")],
    ]);
    // 06-23 L, 06-24 x, 06-25 x, 06-26 L: 4天2板; 06-18 … 06-20 are three quiet sessions.
    expect(boardsInDays("600100.SH", two)).toEqual({days: 4, boards: 2, lowerBound: false});
  });

  it("skips suspended sessions and says when history ends inside the run", () => {
    const ctx = series([
      ["2025-06-19", UP("10.00", "11.00")],
      ["2025-06-20", {prev: "11.00"}], // suspended
      ["2025-06-23", UP("11.00", "12.10")],
      ["2025-06-24", FLAT("12.10")],
      ["2025-06-25", UP("12.10", "13.31")],
    ]);
    // Sessions counted: 06-19, 06-23, 06-24, 06-25 = 4, with 3 limit-ups; no snapshot before 06-19.
    expect(boardsInDays("600100.SH", ctx)).toEqual({days: 4, boards: 3, lowerBound: true});
  });

  it("gives 1天1板 to a first board after quiet sessions", () => {
    const ctx = series([
      ["2025-06-19", FLAT("10.00")],
      ["2025-06-20", FLAT("10.00")],
      ["2025-06-23", FLAT("10.00")],
      ["2025-06-24", UP("10.00", "11.00")],
    ]);
    expect(boardsInDays("600100.SH", ctx)).toEqual({days: 1, boards: 1, lowerBound: false});
  });
});
