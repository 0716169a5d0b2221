import {describe, expect, it} from "vitest";
import {dayContext} from "../../src/analytics/dayContext.ts";
import {limitUpStreak} from "../../src/analytics/limitUpStreak.ts";
import {day, snapshot, stock, weekdays, type StockSpec} from "./fixtures.ts";

/**
 * One stock's closes over consecutive sessions; the last one is today. The calendar starts a
 * month earlier (so listing ages are known) but snapshots exist only for the rows given.
 */
function series(code: string, rows: [string, Omit<StockSpec, "code">][]) {
  const snaps = rows.map(([date, s]) => snapshot(date, [stock({code, ...s})]));
  const today = snaps.pop();
  if (!today) throw new Error("empty series");
  const first = rows[0]?.[0] as string;
  const calendar = [...weekdays(`${first.slice(0, 5)}01-01`, first).slice(0, -1), ...rows.map(([d]) => d)];
  return dayContext(day(today, {days: snaps, calendar}));
}

describe("limitUpStreak(code, ctx)", () => {
  it("judges each day of a main-board ST streak under its own date's rule across 2026-07-06", () => {
    const ctx = series("600100.SH", [
      ["2026-07-01", {prev: "4.00", close: "4.00", isSt: true}],
      // 5% until Friday 2026-07-03: 400 × 1.05 = 420; 420 × 1.05 = 441
      ["2026-07-02", {prev: "4.00", close: "4.20", isSt: true}],
      ["2026-07-03", {prev: "4.20", close: "4.41", isSt: true}],
      // 10% from Monday 2026-07-06: 441 × 1.1 = 485.1 → 485; 485 × 1.1 = 533.5 → 534
      ["2026-07-06", {prev: "4.41", close: "4.85", isSt: true}],
      ["2026-07-07", {prev: "4.85", close: "5.34", isSt: true}],
    ]);
    expect(limitUpStreak("600100.SH", ctx)).toEqual({
      height: 4,
      lowerBound: false,
      dates: ["2026-07-02", "2026-07-03", "2026-07-06", "2026-07-07"],
      startPrevCloseFen: 400,
    });
  });

  it("does not count a 5% close as limit-up once the 10% rule is in force", () => {
    const ctx = series("600100.SH", [
      ["2026-07-03", {prev: "4.00", close: "4.20", isSt: true}],
      // 420 × 1.05 = 441 would have been the old limit; under 10% the limit is 462
      ["2026-07-06", {prev: "4.20", close: "4.41", isSt: true}],
      ["2026-07-07", {prev: "4.41", close: "4.85", isSt: true}],
    ]);
    expect(limitUpStreak("600100.SH", ctx)).toMatchObject({height: 1, lowerBound: false});
  });

  it("steps over a suspended day without counting or breaking the streak", () => {
    const ctx = series("002125.SZ", [
      ["2025-06-18", {prev: "10.00", close: "10.00"}],
      ["2025-06-19", {prev: "10.00", close: "11.00"}],
      ["2025-06-20", {prev: "11.00"}],
      // 1100 × 1.1 = 1210; 1210 × 1.1 = 1331
      ["2025-06-23", {prev: "11.00", close: "12.10"}],
      ["2025-06-24", {prev: "12.10", close: "13.31"}],
    ]);
    expect(limitUpStreak("002125.SZ", ctx)).toEqual({
      height: 3,
      lowerBound: false,
      dates: ["2025-06-19", "2025-06-23", "2025-06-24"],
      startPrevCloseFen: 1000,
    });
  });

  it("flags the height as a lower bound when history runs out mid-streak", () => {
    const ctx = series("600001.SH", [
      ["2025-06-23", {prev: "10.00", close: "11.00"}],
      ["2025-06-24", {prev: "11.00", close: "12.10"}],
    ]);
    expect(limitUpStreak("600001.SH", ctx)).toMatchObject({height: 2, lowerBound: true});
  });

  it("flags a lower bound when a calendar day's snapshot is missing", () => {
    const earlier = snapshot("2025-06-20", [stock({code: "600001.SH", prev: "10.00", close: "11.00"})]);
    const today = snapshot("2025-06-24", [stock({code: "600001.SH", prev: "11.00", close: "12.10"})]);
    const ctx = dayContext(day(today, {days: [earlier], calendar: ["2025-06-20", "2025-06-23", "2025-06-24"]}));
    expect(limitUpStreak("600001.SH", ctx)).toMatchObject({height: 1, lowerBound: true});
  });

  it("ends at the listing day without a lower-bound flag", () => {
    // Listed 2022-05-10 under the old main-board rule: first day capped at +44%
    // (1000 × 1.44 = 1440), then 10% (1440 × 1.1 = 1584). The day before, it was not listed.
    const listed = {code: "601999.SH", listDate: "2022-05-10"};
    const before = snapshot("2022-05-09", [stock({code: "600002.SH", prev: "5.00", close: "5.00"})]);
    const first = snapshot("2022-05-10", [stock({...listed, prev: "10.00", close: "14.40"})]);
    const today = snapshot("2022-05-11", [stock({...listed, prev: "14.40", close: "15.84"})]);
    const ctx = dayContext(day(today, {days: [before, first], calendar: weekdays("2022-04-01", "2022-05-11")}));
    expect(limitUpStreak("601999.SH", ctx)).toEqual({
      height: 2,
      lowerBound: false,
      dates: ["2022-05-10", "2022-05-11"],
      startPrevCloseFen: 1000,
    });
  });

  it("ends at a limit-free session (a Beijing listing's first day)", () => {
    // Beijing: the listing day has no limit, then 30%: 3000 × 1.3 = 3900
    const listed = {code: "920001.BJ", listDate: "2025-06-23"};
    const monday = snapshot("2025-06-23", [stock({...listed, prev: "10.00", close: "30.00"})]);
    const today = snapshot("2025-06-24", [stock({...listed, prev: "30.00", close: "39.00"})]);
    const ctx = dayContext(day(today, {days: [monday], calendar: weekdays("2025-05-01", "2025-06-24")}));
    expect(limitUpStreak("920001.BJ", ctx)).toMatchObject({height: 1, lowerBound: false, startPrevCloseFen: 3000});
  });
});
