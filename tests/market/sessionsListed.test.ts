import {describe, expect, it} from "vitest";
import {sessionsListed} from "../../src/market/sessionsListed.ts";
import {weekdays} from "../analytics/fixtures.ts";

// 2025-06-16 (Mon) … 2025-06-27 (Fri): ten sessions.
const CAL = weekdays("2025-06-16", "2025-06-27");

describe("sessionsListed(listDate, date, calendar)", () => {
  it("counts the listing day as session 1", () => {
    expect(sessionsListed("2025-06-24", "2025-06-24", CAL)).toBe(1);
  });

  it("counts trading sessions, not calendar days, across a weekend", () => {
    // Fri 06-20, Mon 06-23, Tue 06-24 → 3 sessions (5 calendar days)
    expect(sessionsListed("2025-06-20", "2025-06-24", CAL)).toBe(3);
  });

  it("treats a listing before the calendar as old enough when the calendar is longer than any IPO window", () => {
    // 7 sessions up to 06-24 in the calendar, listed before it: at least 8
    expect(sessionsListed("2020-01-02", "2025-06-24", CAL)).toBe(8);
  });

  it("is unknown for a listing before a calendar too short to rule out the IPO window", () => {
    // only 06-16 … 06-18 (3 sessions) known: the stock may be in session 4 or 5
    expect(sessionsListed("2025-06-13", "2025-06-18", CAL)).toBeNull();
  });

  it("is unknown without a listing date, or with one after the trade date", () => {
    expect(sessionsListed(null, "2025-06-24", CAL)).toBeNull();
    expect(sessionsListed("2025-06-25", "2025-06-24", CAL)).toBeNull();
  });
});
