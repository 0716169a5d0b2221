import {describe, expect, it} from "vitest";
import {dayContext} from "../../src/analytics/dayContext.ts";
import {ladder} from "../../src/analytics/ladder.ts";
import {limitFacts} from "../../src/analytics/limitFacts.ts";
import {previousSession} from "../../src/analytics/previousSession.ts";
import {day, snapshot, stock, weekdays} from "./fixtures.ts";

// Main board ±10% (every fixture stock trades 100,000 yuan a day).
const yesterday = snapshot("2025-06-23", [
  stock({code: "600001.SH", prev: "10.00", close: "11.00"}), // limit-up
  stock({code: "600002.SH", prev: "10.00", close: "11.00"}), // limit-up
  stock({code: "600003.SH", prev: "10.00", high: "11.00", close: "10.50"}), // broken
  stock({code: "600004.SH", prev: "10.00", close: "9.00"}), // limit-down
  stock({code: "600005.SH", prev: "10.00", close: "10.10"}),
]);
const today = snapshot("2025-06-24", [
  stock({code: "600001.SH", prev: "11.00", close: "12.10"}), // 1100 × 1.1 = 1210: limit-up again
  stock({code: "600002.SH", prev: "11.00", close: "10.50"}), // 1050 / 1100 − 1 = −4.545…%
  stock({code: "600003.SH", prev: "10.50", close: "10.50"}),
  stock({code: "600004.SH", prev: "9.00", close: "9.00"}),
  stock({code: "600005.SH", prev: "10.10"}), // suspended today
]);

function facts(days = [yesterday], calendar = weekdays("2025-01-02", "2025-06-24")) {
  const ctx = dayContext(day(today, {days, calendar}));
  const limits = limitFacts(ctx);
  return previousSession(ctx, ladder(limits.limitUp, ctx));
}

describe("previousSession(ctx, ladder)", () => {
  it("sets the day against the previous session: turnover, counts, its limit-ups today, promotion", () => {
    const prev = facts();
    expect(prev).toMatchObject({
      date: "2025-06-23",
      // 5 traded stocks × 100,000 yesterday, 4 today (one suspended): 400,000 − 500,000
      turnoverYuan: 500_000,
      turnoverChangeYuan: -100_000,
      limitUpCount: 2,
      limitDownCount: 1,
      brokenCount: 1,
      limitUpsToday: {count: 2, traded: 2, rose: 1, sealedAgain: 1},
      // both were first boards yesterday (no snapshot before 06-23); one stands on two today
      promotion: [{height: 1, count: 2, promoted: 1, rate: 0.5}],
    });
    // (+10% + (1050 / 1100 − 1)) / 2 = (0.1 − 0.0454545…) / 2
    expect(prev?.limitUpsToday.averagePctChange).toBeCloseTo((0.1 + (1050 / 1100 - 1)) / 2, 12);
  });

  it("is null when the previous session's snapshot is not in history", () => {
    expect(facts([])).toBeNull();
  });
});
