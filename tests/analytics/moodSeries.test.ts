import {describe, expect, it} from "vitest";
import {computeFacts} from "../../src/analytics/index.ts";
import type {SessionLimits, SessionLimitsMemo} from "../../src/analytics/sessionLimits.ts";
import type {Snapshot} from "../../src/snapshot/types.ts";
import {day, snapshot, stock, weekdays} from "./fixtures.ts";

// Main board ±10%. 600001.SH closes limit-up on 06-20, 06-23 and 06-24; 06-19 has no snapshot.
const CAL = weekdays("2025-01-02", "2025-06-24");
const d0620 = snapshot("2025-06-20", [
  stock({code: "600001.SH", prev: "10.00", close: "11.00"}), // limit-up
  stock({code: "600002.SH", prev: "10.00", close: "9.00"}), // limit-down
  stock({code: "600003.SH", prev: "10.00", high: "11.00", close: "10.50"}), // broken
]);
const d0623 = snapshot("2025-06-23", [
  stock({code: "600001.SH", prev: "11.00", close: "12.10"}), // 1100 × 1.1 = 1210: limit-up, 2 in a row
  stock({code: "600002.SH", prev: "9.00", close: "9.00"}),
  stock({code: "600003.SH", prev: "10.50", close: "11.55"}), // 1050 × 1.1 = 1155: limit-up
]);
const d0624 = snapshot("2025-06-24", [
  stock({code: "600001.SH", prev: "12.10", close: "13.31"}), // 1210 × 1.1 = 1331: limit-up, 3 in a row
  stock({code: "600002.SH", prev: "9.00", close: "8.10"}), // 900 × 0.9 = 810: limit-down
  stock({code: "600003.SH", prev: "11.55", high: "12.71", close: "12.00"}), // 1155 × 1.1 = 1270.5 → 1271: broken
]);

/** A store like the effects' that counts what it had to compute, by date. */
function countingMemo(): {memo: SessionLimitsMemo; computed: string[]} {
  const kept = new Map<Snapshot, SessionLimits>();
  const computed: string[] = [];
  const memo: SessionLimitsMemo = (s, compute) => {
    if (!kept.has(s)) {
      computed.push(s.meta.date);
      kept.set(s, compute());
    }
    return kept.get(s) as SessionLimits;
  };
  return {memo, computed};
}

describe("moodSeries (facts.mood)", () => {
  it("gives each session with a snapshot its counts, seal rate and ladder height, today last", () => {
    const {facts} = computeFacts(day(d0624, {days: [d0620, d0623], calendar: CAL}));
    expect(facts.mood).toEqual([
      // 06-19 has no snapshot: the walk from 06-20 stops there, so 1 is a lower bound. Seal 1 ÷ (1 + 1).
      {date: "2025-06-20", limitUpCount: 1, limitDownCount: 1, brokenCount: 1, sealRate: 0.5, maxHeight: 1, maxHeightLowerBound: true},
      {date: "2025-06-23", limitUpCount: 2, limitDownCount: 0, brokenCount: 0, sealRate: 1, maxHeight: 2, maxHeightLowerBound: true},
      // Today: as facts.limits and facts.ladder say.
      {date: "2025-06-24", limitUpCount: 1, limitDownCount: 1, brokenCount: 1, sealRate: 0.5, maxHeight: 3, maxHeightLowerBound: true},
    ]);
    expect(facts.mood.at(-1)?.limitUpCount).toBe(facts.limits.limitUpCount);
    expect(facts.mood.at(-1)?.maxHeight).toBe(facts.ladder.maxHeight);
  });

  it("is today alone on the first day", () => {
    const {facts} = computeFacts(day(d0620, {calendar: weekdays("2025-01-02", "2025-06-20")}));
    expect(facts.mood.map((m) => m.date)).toEqual(["2025-06-20"]);
  });

  it("covers at most the last 20 sessions of the calendar, today included", () => {
    // 25 sessions of snapshots, each with 600001.SH flat: the first five fall outside.
    const dates = weekdays("2025-05-20", "2025-06-23");
    const days = dates.map((d) => snapshot(d, [stock({code: "600001.SH", prev: "10.00", close: "10.00"})]));
    const {facts} = computeFacts(day(snapshot("2025-06-24", [stock({code: "600001.SH", prev: "10.00", close: "10.00"})]), {days, calendar: CAL}));
    expect(facts.mood).toHaveLength(20);
    expect(facts.mood[0]?.date).toBe(dates[dates.length - 19]);
    expect(facts.mood[0]?.sealRate).toBeNull();
  });

  it("counts each snapshot once in a run: the next brief takes earlier sessions from the store", () => {
    const {memo, computed} = countingMemo();
    computeFacts(day(d0623, {days: [d0620], calendar: weekdays("2025-01-02", "2025-06-23")}), {sessionLimits: memo});
    computeFacts(day(d0624, {days: [d0620, d0623], calendar: CAL}), {sessionLimits: memo});
    // 06-23 went in as today (from its own limit facts) and 06-20 as its history; 06-24 adds only itself.
    expect(computed).toEqual(["2025-06-23", "2025-06-20", "2025-06-24"]);
  });
});
