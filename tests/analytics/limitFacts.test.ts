import {describe, expect, it} from "vitest";
import {dayContext} from "../../src/analytics/dayContext.ts";
import {limitFacts} from "../../src/analytics/limitFacts.ts";
import {day, snapshot, stock, weekdays} from "./fixtures.ts";

const DATE = "2025-06-24";
const CAL = weekdays("2025-06-02", DATE);

// Main board at 10.00: limit-up 11.00 (1000 × 1.1), limit-down 9.00.
const today = snapshot(DATE, [
  stock({code: "600001.SH", prev: "10.00", open: "10.50", high: "11.00", low: "10.30", close: "11.00"}),
  stock({code: "600002.SH", prev: "10.00", open: "10.20", high: "11.00", low: "10.10", close: "10.80"}),
  stock({code: "600003.SH", prev: "10.00", close: "11.00"}),
  // ST at 5%: 430 × 1.05 = 451.5 → 452
  stock({code: "600004.SH", prev: "4.30", open: "4.40", high: "4.52", low: "4.35", close: "4.52", isSt: true}),
  // ChiNext 20%: 2000 × 0.8 = 1600
  stock({code: "300001.SZ", prev: "20.00", open: "19.00", high: "19.50", low: "16.00", close: "16.00"}),
  stock({code: "301001.SZ", prev: "10.00", open: "30.00", high: "40.00", low: "25.00", close: "35.00", listDate: DATE}),
  stock({code: "600005.SH", prev: "10.00", close: "11.00", isSt: null}),
  stock({code: "900901.SH", prev: "1.00", close: "1.10"}),
  stock({code: "600006.SH", prev: "10.00", close: "11.00", listDate: null}),
]);
const facts = limitFacts(dayContext(day(today, {calendar: CAL})));

describe("limitFacts(ctx)", () => {
  it("lists headline limit-ups, excluding ST stocks and stocks of unknown limit", () => {
    expect(facts.limitUp.map((s) => s.code)).toEqual(["600001.SH", "600003.SH"]);
    expect(facts.limitUp[0]).toMatchObject({board: "main", limitPct: 10, limitFen: 1100, closeFen: 1100, pctChange: 0.1});
  });

  it("counts a stock that touched the limit and closed below it as broken", () => {
    expect(facts.broken.map((s) => s.code)).toEqual(["600002.SH"]);
    expect(facts.touchedCount).toBe(3);
  });

  it("computes the seal rate by stocks", () => {
    // 2 ÷ (2 + 1)
    expect(facts.sealRate).toBeCloseTo(2 / 3, 12);
  });

  it("marks a one-price board", () => {
    expect(facts.onePriceUp.map((s) => s.code)).toEqual(["600003.SH"]);
    expect(facts.limitUp[0]?.onePrice).toBe(false);
  });

  it("lists limit-downs at the board's own limit", () => {
    expect(facts.limitDown.map((s) => [s.code, s.board, s.limitPct, s.limitFen])).toEqual([["300001.SZ", "chinext", 20, 1600]]);
  });

  it("states the filters and how many stocks each left out", () => {
    expect(facts.filters).toEqual({excludesSt: true, excludesNoLimitListings: true});
    expect(facts.excluded).toEqual({stLimitUp: 1, stLimitDown: 0, stBroken: 0, noLimitListings: 1});
  });

  it("counts unknown limits by reason", () => {
    expect(facts.unknown).toEqual({
      total: 3,
      unknownBoard: 1,
      unknownSt: 1,
      unknownListingAge: 1,
      codes: ["600005.SH", "600006.SH", "900901.SH"],
    });
  });

  it("has no seal rate when nothing touched the limit", () => {
    const quiet = snapshot(DATE, [stock({code: "600001.SH", prev: "10.00", close: "10.10"})]);
    expect(limitFacts(dayContext(day(quiet, {calendar: CAL}))).sealRate).toBeNull();
  });

  it("gives the counts with ST stocks included, as Chinese data services do", () => {
    // headline 2 limit-ups + the ST one (600004.SH); broken stays 1: seal rate 3 ÷ (3 + 1)
    expect(facts.withSt).toEqual({limitUpCount: 3, limitDownCount: 1, brokenCount: 1, sealRate: 0.75});
  });

  it("computes the limit-down seal rate from stocks that touched the limit-down price", () => {
    // 300001.SZ closed at 16.00; 300002.SZ touched 16.00 and closed at 16.50: 1 ÷ (1 + 1)
    const down = snapshot(DATE, [
      stock({code: "300001.SZ", prev: "20.00", open: "19.00", high: "19.50", low: "16.00", close: "16.00"}),
      stock({code: "300002.SZ", prev: "20.00", open: "19.00", high: "19.50", low: "16.00", close: "16.50"}),
    ]);
    const f = limitFacts(dayContext(day(down, {calendar: CAL})));
    expect([f.limitDownCount, f.downBrokenCount, f.downSealRate]).toEqual([1, 1, 0.5]);
  });

  it("says where each known limit's listing age came from", () => {
    // 6 stocks with a known limit, all aged from the day's list_date
    expect(facts.listingAgeSources).toEqual({listDate: 6, master: 0, nameMark: 0, unmarkedName: 0});
  });
});
