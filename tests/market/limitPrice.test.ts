import fc from "fast-check";
import {describe, expect, it} from "vitest";
import {limitDownFen, limitUpFen} from "../../src/market/limitPrice.ts";
import {fen} from "../analytics/fixtures.ts";

describe("limitUpFen(prevCloseFen, upPct)", () => {
  it("rounds half up in whole fen, where float yuan would round down", () => {
    // 115 × 110 / 100 = 126.5 → 127; floats give 1.15 * 1.1 = 1.2649999… → 1.26
    expect(limitUpFen(fen("1.15"), 10)).toBe(127);
  });

  it("gives 18.87 for 17.15 at 10%", () => {
    // 1715 × 1.10 = 1886.5 → 1887
    expect(limitUpFen(fen("17.15"), 10)).toBe(1887);
  });

  it("gives 4.52 for an ST stock at 4.30 and 5%", () => {
    // 430 × 1.05 = 451.5 → 452
    expect(limitUpFen(fen("4.30"), 5)).toBe(452);
  });

  it("gives 5.66 for a Beijing stock at 4.35 and 30%", () => {
    // 435 × 1.30 = 565.5 → 566
    expect(limitUpFen(fen("4.35"), 30)).toBe(566);
  });

  it("moves one tick up when rounding lands on the previous close", () => {
    // 9 × 1.05 = 9.45 → 9, equal to the previous close 0.09, so 10
    expect(limitUpFen(fen("0.09"), 5)).toBe(10);
  });

  it("applies the old first-day IPO cap of +44%", () => {
    // 1000 × 1.44 = 1440
    expect(limitUpFen(1000, 44)).toBe(1440);
  });
});

describe("limitDownFen(prevCloseFen, downPct)", () => {
  it("gives 1.04 for 1.15 at 10%", () => {
    // 115 × 0.90 = 103.5 → 104
    expect(limitDownFen(fen("1.15"), 10)).toBe(104);
  });

  it("gives 3.92 for 4.35 at 10%", () => {
    // 435 × 0.90 = 391.5 → 392
    expect(limitDownFen(fen("4.35"), 10)).toBe(392);
  });

  it("gives 1.24 for an ST stock at 1.30 and 5%", () => {
    // 130 × 0.95 = 123.5 → 124
    expect(limitDownFen(fen("1.30"), 5)).toBe(124);
  });

  it("gives 1.02 for a Beijing stock at 1.45 and 30%", () => {
    // 145 × 0.70 = 101.5 → 102
    expect(limitDownFen(fen("1.45"), 30)).toBe(102);
  });

  it("moves one tick down when rounding lands on the previous close", () => {
    // 9 × 0.95 = 8.55 → 9, equal to the previous close 0.09, so 8
    expect(limitDownFen(fen("0.09"), 5)).toBe(8);
  });

  it("applies the old first-day IPO floor of −36%", () => {
    // 1000 × 0.64 = 640
    expect(limitDownFen(1000, 36)).toBe(640);
  });
});

/**
 * Exact decimal reference: the previous close as a yuan string times the factor as a decimal
 * string ("1.1", "0.95"), multiplied as scaled BigInts, rounded half up to 0.01 yuan.
 */
function exactLimitFen(prevCloseFen: number, factor: string): bigint {
  const [whole = "0", frac = ""] = factor.split(".");
  const scale = 10n ** BigInt(frac.length);
  const f = BigInt(whole) * scale + BigInt(frac || "0");
  // prevCloseFen fen × f / scale fen, rounded half up.
  const num = BigInt(prevCloseFen) * f;
  const q = num / scale;
  return (num % scale) * 2n >= scale ? q + 1n : q;
}

const factorText = (pct: number, sign: 1 | -1) => {
  const hundredths = 100 + sign * pct;
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
};

describe("limit prices against exact decimal arithmetic", () => {
  const pcts = fc.constantFrom(5, 10, 20, 30, 44, 36);

  it("limitUpFen equals the exact half-up product, or the close plus one tick", () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 500_000}), pcts, (prev, pct) => {
        const exact = Number(exactLimitFen(prev, factorText(pct, 1)));
        expect(limitUpFen(prev, pct)).toBe(exact === prev ? prev + 1 : exact);
      }),
      {numRuns: 5000},
    );
  });

  it("limitDownFen equals the exact half-up product, or the close minus one tick", () => {
    fc.assert(
      fc.property(fc.integer({min: 2, max: 500_000}), pcts, (prev, pct) => {
        const exact = Number(exactLimitFen(prev, factorText(pct, -1)));
        expect(limitDownFen(prev, pct)).toBe(exact === prev ? prev - 1 : exact);
      }),
      {numRuns: 5000},
    );
  });
});
