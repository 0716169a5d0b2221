import {describe, expect, it} from "vitest";
import {datesBefore, mergeIndexBars, tradingCalendar} from "../../src/snapshot/history.ts";
import type {IndexBar} from "../../src/snapshot/types.ts";

const bar = (code: string, date: string, close: number): IndexBar => ({date, code, open: close, high: close, low: close, close});

const NONE = {sessions: [], open: [], closed: []};

describe("tradingCalendar(date, known, ...dateLists)", () => {
  it("unites the lists up to and including the date, ascending and unique", () => {
    expect(tradingCalendar("2025-06-24", NONE, ["2025-06-20", "2025-06-23", "2025-06-25"], ["2025-06-23", "2025-06-19"])).toEqual([
      "2025-06-19", "2025-06-20", "2025-06-23", "2025-06-24",
    ]);
  });

  it("starts from the known sessions, takes out calendar.csv's closed dates and adds the data's own", () => {
    const known = {
      sessions: ["2026-12-29", "2026-12-30", "2026-12-31"],
      // calendar.csv: 2026-12-31 closed after all; 2027-01-04 a session beyond the shipped span.
      open: ["2027-01-04"],
      closed: ["2026-12-31"],
    };
    // A folder dated 2027-01-05 traded, whatever the calendars say; 2027-01-06 is after the date.
    expect(tradingCalendar("2027-01-05", known, ["2027-01-05", "2027-01-06"])).toEqual([
      "2026-12-29", "2026-12-30", "2027-01-04", "2027-01-05",
    ]);
  });
});

describe("datesBefore(calendar, date, n)", () => {
  it("keeps the last n dates before the date, oldest first", () => {
    expect(datesBefore(["2025-06-18", "2025-06-19", "2025-06-20", "2025-06-23", "2025-06-24"], "2025-06-24", 2)).toEqual([
      "2025-06-20", "2025-06-23",
    ]);
  });

  it("keeps all when there are fewer than n", () => {
    expect(datesBefore(["2025-06-23", "2025-06-24"], "2025-06-24", 30)).toEqual(["2025-06-23"]);
  });
});

describe("mergeIndexBars(date, history, folderBars)", () => {
  it("lets the folder's bar replace the history's on the same date, and drops bars on or after the date", () => {
    const merged = mergeIndexBars(
      "2025-06-24",
      {"000001.SH": [bar("000001.SH", "2025-06-20", 1), bar("000001.SH", "2025-06-23", 2), bar("000001.SH", "2025-06-24", 3)]},
      [bar("000001.SH", "2025-06-23", 20), bar("886032.TI", "2025-06-23", 5)],
    );
    expect(merged).toEqual({
      "000001.SH": [bar("000001.SH", "2025-06-20", 1), bar("000001.SH", "2025-06-23", 20)],
      "886032.TI": [bar("886032.TI", "2025-06-23", 5)],
    });
  });

  it("orders bars by date whatever the input order", () => {
    const merged = mergeIndexBars("2025-07-01", {}, [bar("X.TI", "2025-06-23", 2), bar("X.TI", "2025-06-20", 1)]);
    expect(merged["X.TI"]?.map((b) => b.date)).toEqual(["2025-06-20", "2025-06-23"]);
  });

  it("cuts the history at the date and leaves out codes with no earlier bar", () => {
    const history = {
      "A.SH": [bar("A.SH", "2025-06-19", 1), bar("A.SH", "2025-06-20", 2)],
      "B.SH": [bar("B.SH", "2025-06-23", 3)],
    };
    expect(mergeIndexBars("2025-06-20", history, [])).toEqual({"A.SH": [bar("A.SH", "2025-06-19", 1)]});
  });
});
