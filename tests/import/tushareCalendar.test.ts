import {describe, expect, it} from "vitest";
import {calendarText} from "../../src/import/calendarText.ts";
import {calendarFromTushare} from "../../src/import/tushareCalendar.ts";
import {formatIssue} from "../../src/snapshot/issue.ts";
import {parseCalendar} from "../../src/snapshot/parseCalendar.ts";
import {fixture} from "./helpers.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("calendarFromTushare({tradeCal, previous})", () => {
  it("merges trade_cal into calendar.csv: its flags win on its dates, other dates stay", () => {
    // calendar.csv had 06-20 and 06-25 open and (wrongly) 06-23 closed; trade_cal covers 06-20..06-24.
    const parsed = calendarFromTushare({tradeCal: fixture("trade_cal.csv"), previous: {open: ["2025-06-20", "2025-06-25"], closed: ["2025-06-23"]}});
    expect(parsed.ok && parsed.value).toEqual({
      open: ["2025-06-20", "2025-06-23", "2025-06-24", "2025-06-25"],
      closed: ["2025-06-21", "2025-06-22"],
    });
    expect(parsed.warnings).toEqual([]);
  });

  it("writes date,open rows in date order, which parse back to the same calendar", () => {
    const parsed = calendarFromTushare({tradeCal: fixture("trade_cal.csv"), previous: {open: [], closed: []}});
    if (!parsed.ok) throw new Error("invalid");
    const text = calendarText(parsed.value);
    expect(text).toBe("date,open\n2025-06-20,1\n2025-06-21,0\n2025-06-22,0\n2025-06-23,1\n2025-06-24,1\n");
    const back = parseCalendar("calendar.csv", utf8(text));
    expect(back.ok && back.value).toEqual(parsed.value);
  });

  it("keeps SSE rows only and warns about other exchanges once, repeated dates and bad rows", () => {
    const tradeCal = {
      name: "cal.csv",
      bytes: utf8("exchange,cal_date,is_open\nSSE,20250624,1\nSZSE,20250624,1\nSZSE,20250623,1\nSSE,20250624,0\nSSE,2025-06-23,1\nSSE,20250622,x\n"),
    };
    const parsed = calendarFromTushare({tradeCal, previous: {open: [], closed: []}});
    expect(parsed.ok && parsed.value).toEqual({open: ["2025-06-24"], closed: []});
    expect(parsed.warnings.map(formatIssue)).toEqual([
      `cal.csv:3:1: exchange "SZSE" is not SSE: rows of other exchanges are left out`,
      "cal.csv:5:2: 2025-06-24 is listed twice (first on row 2) with is_open 1: row 2 is kept",
      `cal.csv:6:2: cal_date "2025-06-23" is not a date: expected YYYYMMDD: row left out`,
      `cal.csv:7:3: is_open "x" is not a flag: expected 1 or 0: row left out`,
    ]);
  });

  it("reports a trade_cal without its columns as an error", () => {
    const parsed = calendarFromTushare({tradeCal: {name: "cal.csv", bytes: utf8("exchange,date\nSSE,20250624\n")}, previous: {open: [], closed: []}});
    expect(parsed.ok ? [] : parsed.issues.map(formatIssue)).toEqual([
      `cal.csv:1:1: missing column "cal_date": expected a header with cal_date,is_open`,
      `cal.csv:1:1: missing column "is_open": expected a header with cal_date,is_open`,
    ]);
  });
});
