import {describe, expect, it} from "vitest";
import {dayContext} from "../../src/analytics/dayContext.ts";
import {monthToDate, previousMonthEnd} from "../../src/analytics/monthToDate.ts";
import type {Bar} from "../../src/analytics/indexSeries.ts";
import {day, snapshot, stock, weekdays} from "./fixtures.ts";

const DATE = "2025-06-24";
const CAL = weekdays("2025-05-01", DATE);
const b = (date: string, close: number): Bar => ({date, open: close, high: close, low: close, close});

describe("previousMonthEnd(calendar, date)", () => {
  it("is the last trading day before the month began", () => {
    // 2025-05-31 is a Saturday
    expect(previousMonthEnd(CAL, DATE)).toBe("2025-05-30");
  });

  it("is null when the calendar starts inside the month", () => {
    expect(previousMonthEnd(weekdays("2025-06-02", DATE), DATE)).toBeNull();
  });
});

describe("monthToDate(bars, members, ctx)", () => {
  const may30 = snapshot("2025-05-30", [
    stock({code: "300340.SZ", prev: "10.00", close: "10.00"}),
    stock({code: "600110.SH", prev: "20.00", close: "20.00"}),
  ]);
  const today = snapshot(DATE, [
    stock({code: "300340.SZ", prev: "20.00", close: "21.37"}),
    stock({code: "600110.SH", prev: "21.00", close: "21.00"}),
    stock({code: "688499.SH", prev: "30.00", close: "33.00", listDate: "2025-06-03"}),
  ]);
  const series = [b("2025-05-30", 900), b("2025-06-23", 950), b(DATE, 990)];
  const members = ["300340.SZ", "600110.SH", "688499.SH"];

  it("gives the index change since the previous month's last close and the members that led", () => {
    const mtd = monthToDate(series, members, dayContext(day(today, {days: [may30], calendar: CAL})));
    // 990 / 900 − 1 = 0.1
    expect(mtd?.baseDate).toBe("2025-05-30");
    expect(mtd?.pctChange).toBeCloseTo(0.1, 12);
    // 2137 / 1000 − 1 = 1.137; 2100 / 2000 − 1 = 0.05; 688499.SH was not listed on 05-30
    expect(mtd?.leaders?.map((l) => [l.code, l.baseCloseFen, l.closeFen])).toEqual([
      ["300340.SZ", 1000, 2137],
      ["600110.SH", 2000, 2100],
    ]);
    expect(mtd?.leaders?.[0]?.pctChange).toBeCloseTo(1.137, 12);
  });

  it("omits the member leaders when the base day's snapshot is not in history", () => {
    const mtd = monthToDate(series, members, dayContext(day(today, {calendar: CAL})));
    expect(mtd?.leaders).toBeNull();
  });

  it("is null when the index has no bar on the base day", () => {
    expect(monthToDate(series.slice(1), members, dayContext(day(today, {calendar: CAL})))).toBeNull();
  });
});
