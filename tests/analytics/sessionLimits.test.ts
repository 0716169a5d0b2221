import {describe, expect, it} from "vitest";
import {computeFacts} from "../../src/analytics/index.ts";
import {sessionLimits} from "../../src/analytics/sessionLimits.ts";
import {createEffects} from "../../src/io/index.ts";
import {day, snapshot, stock, weekdays} from "./fixtures.ts";

const CAL = weekdays("2025-01-02", "2025-06-24");

describe("sessionLimits(snapshot, calendar, master)", () => {
  it("counts as limitFacts does on every sample day, though it judges only the stocks that moved 5% or more", async () => {
    const {loadDay} = createEffects();
    for (const date of ["2025-05-19", "2025-06-17", "2025-06-18", "2025-06-24", "2025-06-25"]) {
      const loaded = await loadDay("data", date);
      if (!loaded.ok) throw new Error(`${date} does not load`);
      const {limits} = computeFacts(loaded.value).facts;
      const s = sessionLimits(loaded.value.snapshot, loaded.value.history.calendar, loaded.value.history.master);
      expect([s.limitUpCount, s.limitDownCount, s.brokenCount], date).toEqual([limits.limitUpCount, limits.limitDownCount, limits.brokenCount]);
      expect(s.limitUpCodes, date).toEqual(limits.limitUp.map((x) => x.code).sort());
    }
  });

  it("knows when no limit is known, so the mood never shows zero for unknown", () => {
    // No ST flag and no listing date, an English name: nothing tells this stock's limit.
    const unknown = snapshot("2025-06-24", [stock({code: "600001.SH", prev: "10.00", close: "11.00", isSt: null, listDate: null})]);
    const master = day(unknown).history.master;
    expect(sessionLimits(unknown, CAL, master)).toMatchObject({anyKnown: false, limitUpCount: 0});
    expect(computeFacts(day(unknown, {calendar: CAL})).facts.mood).toEqual([]);
  });
});
