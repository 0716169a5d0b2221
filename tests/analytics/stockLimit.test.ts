import {describe, expect, it} from "vitest";
import {stockLimit} from "../../src/analytics/stockLimit.ts";
import {stock, weekdays} from "./fixtures.ts";

const CAL = weekdays("2025-06-02", "2025-06-24");
const DATE = "2025-06-24";

describe("stockLimit(quote, date, calendar)", () => {
  it("computes a main-board 10% limit from the rule", () => {
    // 1715 × 1.1 = 1886.5 → 1887; 1715 × 0.9 = 1543.5 → 1544
    const limit = stockLimit(stock({code: "600110.SH", prev: "17.15", close: "17.50"}), DATE, CAL);
    expect(limit).toMatchObject({kind: "pct", board: "main", upPct: 10, upFen: 1887, downFen: 1544, source: "rule"});
  });

  it("uses the vendor's limit prices and reports where they disagree with the rule", () => {
    // rule: 115 × 1.1 = 126.5 → 127; the vendor says 1.26 (float rounding)
    const q = stock({code: "600001.SH", prev: "1.15", close: "1.20", upLimit: "1.26", downLimit: "1.04"});
    const limit = stockLimit(q, DATE, CAL);
    expect(limit).toMatchObject({kind: "pct", upFen: 126, downFen: 104, source: "vendor"});
    expect(limit.kind === "pct" && limit.mismatches).toEqual([{code: "600001.SH", side: "up", ruleFen: 127, vendorFen: 126}]);
  });

  it("has no limit for a ChiNext listing in its third session", () => {
    // listed Fri 06-20: 06-20, 06-23, 06-24 → session 3 of 5 limit-free
    const q = stock({code: "301999.SZ", prev: "20.00", close: "40.00", listDate: "2025-06-20"});
    expect(stockLimit(q, DATE, CAL)).toEqual({kind: "none", board: "chinext", isSt: false});
  });

  it("fails closed with the reason when board, ST or listing age is unknown", () => {
    expect(stockLimit(stock({code: "900901.SH", prev: "1.00", close: "1.00"}), DATE, CAL)).toEqual({kind: "unknown", reason: "unknownBoard"});
    expect(stockLimit(stock({code: "600001.SH", prev: "1.00", close: "1.00", isSt: null}), DATE, CAL)).toEqual({kind: "unknown", reason: "unknownSt"});
    // ST unknown on ChiNext: the rule would not need it, but the headline filter does
    expect(stockLimit(stock({code: "300001.SZ", prev: "1.00", close: "1.00", isSt: null}), DATE, CAL)).toEqual({kind: "unknown", reason: "unknownSt"});
    expect(stockLimit(stock({code: "600001.SH", prev: "1.00", close: "1.00", listDate: null}), DATE, CAL)).toEqual({kind: "unknown", reason: "unknownListingAge"});
  });
});
