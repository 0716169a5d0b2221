import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {breadth, bucketOf} from "../../src/analytics/breadth.ts";
import {dayContext} from "../../src/analytics/dayContext.ts";
import {day, snapshot, stock, weekdays} from "./fixtures.ts";
import type {StockQuote} from "../../src/snapshot/types.ts";

const DATE = "2025-06-24";

describe("bucketOf(prevFen, closeFen, atLimit)", () => {
  const cases: [string, number, string][] = [
    // prev 1000 fen; boundaries belong to the bucket farther from zero
    ["−7% exactly (930)", 930, "le-7"],
    ["−6.9% (931)", 931, "-7to-5"],
    ["−5% exactly (950)", 950, "-7to-5"],
    ["−3% exactly (970)", 970, "-5to-3"],
    ["−0.1% (999)", 999, "-3to0"],
    ["unchanged (1000)", 1000, "zero"],
    ["+2.9% (1029)", 1029, "0to3"],
    ["+3% exactly (1030)", 1030, "3to5"],
    ["+5% exactly (1050)", 1050, "5to7"],
    ["+7% exactly (1070)", 1070, "ge7"],
  ];
  for (const [name, close, bucket] of cases) {
    it(`puts ${name} in ${bucket}`, () => {
      expect(bucketOf(1000, close, null)).toBe(bucket);
    });
  }

  it("puts a close at a known limit in the limit bucket, whatever its size", () => {
    // an ST stock at +5% is limit-up, not 5to7
    expect(bucketOf(1000, 1050, "up")).toBe("limitUp");
    expect(bucketOf(1000, 900, "down")).toBe("limitDown");
  });
});

describe("breadth(ctx)", () => {
  const today = snapshot(DATE, [
    stock({code: "600001.SH", prev: "10.00", close: "11.00"}), // limit-up, +10%
    stock({code: "600002.SH", prev: "10.00", close: "10.90"}), // +9% exactly: not "more than 9%"
    stock({code: "600003.SH", prev: "10.00", close: "9.30"}), // −7%
    stock({code: "600004.SH", prev: "10.00", close: "10.00"}), // unchanged
    stock({code: "600005.SH", prev: "10.00"}), // suspended
    stock({code: "300001.SZ", prev: "10.00", close: "10.91"}), // +9.1%, ChiNext (limit 12.00)
    stock({code: "600006.SH", prev: "4.30", close: "4.52", isSt: true}), // ST limit-up, +5.1%
    stock({code: "900901.SH", prev: "1.00", close: "1.10"}), // unknown board, +10%
  ]);
  const facts = breadth(dayContext(day(today, {calendar: weekdays("2025-06-02", DATE)})));

  it("counts advancers, decliners, unchanged and suspended", () => {
    // up: 600001, 600002, 300001, 600006, 900901; down: 600003
    expect(facts).toMatchObject({total: 8, advancers: 5, decliners: 1, unchanged: 1, suspended: 1});
  });

  it("counts stocks up more than 9%, in total and by board", () => {
    // 600001 (+10%), 300001 (+9.1%), 900901 (+10%, board unknown: total only)
    expect(facts.upOver9).toBe(3);
    expect(facts.byBoard.map((b) => [b.board, b.upOver9])).toEqual([["main", 1], ["chinext", 1], ["star", 0], ["bse", 0]]);
  });

  it("sums turnover over every stock, suspended ones adding nothing", () => {
    // the fixture gives each traded stock 100,000 yuan: 7 traded × 100,000; the suspended 0
    expect(facts.turnoverYuan).toBe(700_000);
  });

  it("counts headline limit-ups by board, leaving out ST", () => {
    expect(facts.byBoard.map((b) => b.limitUp)).toEqual([1, 0, 0, 0]);
  });

  it("fills the distribution in order, limit buckets for known limits only", () => {
    const counts = Object.fromEntries(facts.distribution.map((b) => [b.id, b.count]));
    // 600001 and the ST 600006 at their limits; 900901 has no known limit, so ge7
    expect(counts).toEqual({
      limitDown: 0, "le-7": 1, "-7to-5": 0, "-5to-3": 0, "-3to0": 0, zero: 1,
      "0to3": 0, "3to5": 0, "5to7": 0, ge7: 3, limitUp: 2,
    });
    expect(facts.distribution.map((b) => b.id)[0]).toBe("limitDown");
  });
});

describe("breadth(ctx) over random markets", () => {
  const quote = fc
    .record({
      code: fc.constantFrom("600", "000", "300", "688", "920", "900").chain((p) =>
        fc.integer({min: 0, max: 999}).map((n) => `${p}${String(n).padStart(3, "0")}.${p === "000" || p === "300" ? "SZ" : p === "920" ? "BJ" : "SH"}`),
      ),
      prev: fc.integer({min: 1, max: 100_000}),
      move: fc.integer({min: -30, max: 30}),
      suspended: fc.boolean(),
    })
    .map(({code, prev, move, suspended}): StockQuote => {
      const close = Math.max(1, Math.round((prev * (100 + move)) / 100));
      const px = suspended ? null : close;
      return {
        code, name: code, prevCloseFen: prev, openFen: px, highFen: px, lowFen: px, closeFen: px, volume: 0, amountYuan: 0,
        isSt: false, listDate: "2010-01-04", suspended, upLimitFen: null, downLimitFen: null,
      };
    });

  it("puts every traded stock in exactly one bucket and one of advancers, decliners, unchanged", () => {
    fc.assert(
      fc.property(fc.uniqueArray(quote, {selector: (q) => q.code, maxLength: 60}), (stocks) => {
        const f = breadth(dayContext(day(snapshot(DATE, stocks), {calendar: weekdays("2025-06-02", DATE)})));
        const bucketed = f.distribution.reduce((n, b) => n + b.count, 0);
        expect(bucketed).toBe(f.total - f.suspended);
        expect(f.advancers + f.decliners + f.unchanged).toBe(f.total - f.suspended);
        expect(f.byBoard.reduce((n, b) => n + b.advancers, 0)).toBeLessThanOrEqual(f.advancers);
      }),
      {numRuns: 300},
    );
  });
});
