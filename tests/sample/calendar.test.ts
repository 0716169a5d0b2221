import {describe, expect, it} from "vitest";
import {isTradingDay, tradingDays} from "../../src/sample/calendar.ts";

describe("isTradingDay(date)", () => {
  it.each([
    ["2025-06-02", false, "Dragon Boat Festival (Monday)"],
    ["2025-10-01", false, "National Day"],
    ["2025-10-08", false, "last day of the 2025 National Day and Mid-Autumn closure"],
    ["2025-01-28", false, "Spring Festival eve"],
    ["2024-02-09", false, "closed on the 2024 Spring Festival eve though the State Council's holiday began the 10th"],
    ["2023-06-23", false, "Dragon Boat 2023 (Friday)"],
    ["2025-06-03", true, "the first trading day of June 2025"],
    ["2025-05-30", true, "the Friday before the Dragon Boat closure"],
    ["2025-10-09", true, "reopening after National Day 2025"],
  ])("%s is %s (%s)", (date, open) => {
    expect(isTradingDay(date)).toBe(open);
  });

  it("never opens on a weekend, not even on a make-up working Sunday", () => {
    // 2025-01-26 (Sunday) and 2025-02-08 (Saturday) were State Council make-up working days.
    expect(isTradingDay("2025-01-26")).toBe(false);
    expect(isTradingDay("2025-02-08")).toBe(false);
  });

  it("refuses dates the holiday table does not cover", () => {
    expect(() => isTradingDay("2026-01-05")).toThrow(/outside the holiday table/);
  });
});

describe("tradingDays(from, to)", () => {
  it("gives 2023 and 2024 their 242 sessions each", () => {
    expect(tradingDays("2023-01-01", "2023-12-31")).toHaveLength(242);
    expect(tradingDays("2024-01-01", "2024-12-31")).toHaveLength(242);
  });

  it("skips the Dragon Boat Monday between 2025-05-30 and 2025-06-03", () => {
    expect(tradingDays("2025-05-29", "2025-06-04")).toEqual(["2025-05-29", "2025-05-30", "2025-06-03", "2025-06-04"]);
  });
});
