import {describe, expect, it} from "vitest";
import type {Bar} from "../../src/analytics/indexSeries.ts";
import {priorRun, upDownStreak} from "../../src/analytics/upDownStreak.ts";

const closes = (...cs: number[]): Bar[] =>
  cs.map((close, k) => ({date: `2025-06-${String(k + 10).padStart(2, "0")}`, open: close, high: close, low: close, close}));

describe("upDownStreak(bars, prevClose)", () => {
  it("counts today and the up sessions before it, with the change since the close before the first", () => {
    // 100 → 101 ↑, 101 → 100 ↓, then ↑ 101, ↑ 102, ↑ 103 (today): 3 sessions from 100; 103 / 100 − 1 = 0.03
    const s = upDownStreak(closes(100, 101, 100, 101, 102, 103), 102);
    expect(s).toMatchObject({direction: "up", sessions: 3, startDate: "2025-06-13", baseClose: 100, lowerBound: false});
    expect(s?.cumulativeChange).toBeCloseTo(0.03, 12);
  });

  it("flags a lower bound when the streak reaches the start of history", () => {
    // ↑ 101, ↑ 102: bar 0's own move is unknown
    expect(upDownStreak(closes(100, 101, 102), 101)).toMatchObject({sessions: 2, lowerBound: true});
  });

  it("counts a down streak", () => {
    expect(upDownStreak(closes(103, 104, 103, 102), 103)).toMatchObject({direction: "down", sessions: 2, baseClose: 104});
  });

  it("is null on an unchanged day", () => {
    expect(upDownStreak(closes(100, 101, 101), 101)).toBeNull();
  });
});

describe("priorRun(bars)", () => {
  it("counts the down sessions before today", () => {
    // 99 < 100, 98 < 99, 97 < 98, then today
    expect(priorRun(closes(100, 99, 98, 97, 99))).toEqual({up: 0, down: 3});
  });

  it("is zero without two earlier bars", () => {
    expect(priorRun(closes(100, 101))).toEqual({up: 0, down: 0});
  });
});
