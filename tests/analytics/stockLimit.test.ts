import {describe, expect, it} from "vitest";
import {EMPTY_MASTER, type SecurityMaster} from "../../src/market/securityMaster.ts";
import {stockLimit} from "../../src/analytics/stockLimit.ts";
import {stock, weekdays} from "./fixtures.ts";

const CAL = weekdays("2025-06-02", "2025-06-24");
const DATE = "2025-06-24";

describe("stockLimit(quote, date, calendar, master)", () => {
  it("computes a main-board 10% limit from the rule", () => {
    // 1715 × 1.1 = 1886.5 → 1887; 1715 × 0.9 = 1543.5 → 1544
    const limit = stockLimit(stock({code: "600110.SH", prev: "17.15", close: "17.50"}), DATE, CAL, EMPTY_MASTER);
    expect(limit).toMatchObject({kind: "pct", board: "main", upPct: 10, upFen: 1887, downFen: 1544, source: "rule"});
  });

  it("uses the vendor's limit prices and reports where they disagree with the rule", () => {
    // rule: 115 × 1.1 = 126.5 → 127; the vendor says 1.26 (float rounding)
    const q = stock({code: "600001.SH", prev: "1.15", close: "1.20", upLimit: "1.26", downLimit: "1.04"});
    const limit = stockLimit(q, DATE, CAL, EMPTY_MASTER);
    expect(limit).toMatchObject({kind: "pct", upFen: 126, downFen: 104, source: "vendor"});
    expect(limit.kind === "pct" && limit.mismatches).toEqual([{code: "600001.SH", side: "up", ruleFen: 127, vendorFen: 126}]);
  });

  it("has no limit for a ChiNext listing in its third session", () => {
    // listed Fri 06-20: 06-20, 06-23, 06-24 → session 3 of 5 limit-free
    const q = stock({code: "301999.SZ", prev: "20.00", close: "40.00", listDate: "2025-06-20"});
    expect(stockLimit(q, DATE, CAL, EMPTY_MASTER)).toEqual({kind: "none", board: "chinext", isSt: false, ageSource: "listDate"});
  });

  it("fails closed with the reason when board, ST or listing age is unknown", () => {
    expect(stockLimit(stock({code: "900901.SH", prev: "1.00", close: "1.00"}), DATE, CAL, EMPTY_MASTER)).toEqual({kind: "unknown", reason: "unknownBoard"});
    expect(stockLimit(stock({code: "600001.SH", prev: "1.00", close: "1.00", isSt: null}), DATE, CAL, EMPTY_MASTER)).toEqual({kind: "unknown", reason: "unknownSt"});
    // ST unknown on ChiNext: the rule would not need it, but the headline filter does
    expect(stockLimit(stock({code: "300001.SZ", prev: "1.00", close: "1.00", isSt: null}), DATE, CAL, EMPTY_MASTER)).toEqual({kind: "unknown", reason: "unknownSt"});
    expect(stockLimit(stock({code: "600001.SH", prev: "1.00", close: "1.00", listDate: null}), DATE, CAL, EMPTY_MASTER)).toEqual({kind: "unknown", reason: "unknownListingAge"});
  });

  describe("with no listing date or ST flag in the day's row (a vendor's spot table)", () => {
    const bare = (code: string, name: string, prev: string, close: string) => stock({code, name, prev, close, isSt: null, listDate: null});
    const master: SecurityMaster = {
      securities: new Map([["688729.SH", {code: "688729.SH", name: "屹唐股份", nameEn: null, listDate: "2025-07-08", delistDate: null}]]),
      names: new Map([["600234.SH", [{name: "科新发展", from: "1993-06-08", to: "2025-06-19"}, {name: "*ST科新", from: "2025-06-20", to: null}]]]),
    };
    const JULY = weekdays("2025-06-02", "2025-07-09");

    it("takes the listing date from the security master", () => {
      // listed Tue 07-08, so Wed 07-09 is session 2 of STAR's 5 limit-free sessions
      expect(stockLimit(bare("688729.SH", "C屹唐", "30.00", "33.00"), "2025-07-09", JULY, master)).toEqual({
        kind: "none", board: "star", isSt: false, ageSource: "master",
      });
    });

    it("takes ST status from the master's name on the day, not today's", () => {
      // *ST from 06-20: on 06-24 a main-board ST stock, ±5%: 400 × 1.05 = 420
      const q = bare("600234.SH", "科新发展", "4.00", "4.20");
      expect(stockLimit(q, DATE, CAL, master)).toMatchObject({kind: "pct", isSt: true, upPct: 5, upFen: 420});
      // on 06-19 it still traded as 科新发展: ±10%, 400 × 1.1 = 440
      expect(stockLimit(q, "2025-06-19", CAL, master)).toMatchObject({kind: "pct", isSt: false, upPct: 10, upFen: 440});
    });

    it("reads the exchanges' marks in a Chinese name when nothing else says", () => {
      expect(stockLimit(bare("301999.SZ", "N新股", "20.00", "40.00"), DATE, CAL, EMPTY_MASTER)).toMatchObject({kind: "none", ageSource: "nameMark"});
      // *ST before a main-board name: ±5%; 587 × 0.95 = 557.65 → 558
      expect(stockLimit(bare("600777.SH", "*ST新潮", "5.87", "5.58"), DATE, CAL, EMPTY_MASTER)).toMatchObject({
        kind: "pct", isSt: true, downPct: 5, downFen: 558, ageSource: "unmarkedName",
      });
      // no mark at all: past every new-listing window, main board ±10%; 1284 × 1.1 = 1412.4 → 1412
      expect(stockLimit(bare("000001.SZ", "平安银行", "12.84", "13.00"), DATE, CAL, EMPTY_MASTER)).toMatchObject({
        kind: "pct", isSt: false, upFen: 1412, ageSource: "unmarkedName",
      });
    });

    it("knows nothing from an English name without flags", () => {
      expect(stockLimit(bare("000001.SZ", "Ping An Bank", "12.84", "13.00"), DATE, CAL, EMPTY_MASTER)).toEqual({kind: "unknown", reason: "unknownSt"});
    });
  });
});
