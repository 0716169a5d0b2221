import {describe, expect, it} from "vitest";
import {computeFacts} from "../../src/analytics/index.ts";
import {fromAkshare} from "../../src/import/akshare.ts";
import {exchangeSessions} from "../../src/market/calendar.ts";
import {EMPTY_MASTER} from "../../src/market/securityMaster.ts";
import {formatIssue} from "../../src/snapshot/issue.ts";
import {fixture} from "./helpers.ts";

/**
 * A user's very first day: a real East Money spot table, imported as delivered, no earlier day
 * in data/ and no security master. The limit counts must still be exact, from the shipped
 * calendar and the exchanges' marks in the traded names.
 */
describe("a first day from a real spot table", () => {
  const DATE = "2025-07-09";
  const imported = fromAkshare({date: DATE, spot: fixture("real/em_spot_2025-07-09.csv"), master: EMPTY_MASTER});
  if (!imported.ok) throw new Error(imported.issues.map(formatIssue).join("\n"));
  const calendar = exchangeSessions().filter((d) => d <= DATE);
  const {facts} = computeFacts({snapshot: imported.value, history: {calendar, days: [], indexBars: {}, master: EMPTY_MASTER}});

  it("lists exactly the stocks the rules put at their limit", () => {
    // 渝开发 000514.SZ main board: 5.67 × 1.1 = 6.237 → 6.24, closed 6.24.
    // 上纬新材 688585.SH STAR: 7.78 × 1.2 = 9.336 → 9.34, one price all day.
    // 国义招标 831039.BJ Beijing: 11.31 × 1.3 = 14.703 → 14.70, closed 14.70.
    expect(facts.limits.limitUp.map((s) => s.code)).toEqual(["000514.SZ", "688585.SH", "831039.BJ"]);
    expect(facts.limits.onePriceUp.map((s) => s.code)).toEqual(["688585.SH"]);
    expect([facts.limits.limitDownCount, facts.limits.brokenCount]).toEqual([0, 0]);
  });

  it("knows every limit without listing dates: C屹唐 is a new listing without one, the rest are past the window", () => {
    expect(facts.limits.unknown.total).toBe(0);
    expect(facts.limits.excluded.noLimitListings).toBe(1);
    // 26 data rows: 3 left out (no 昨收), 23 written; 1 aged by its C mark, 22 by unmarked names.
    expect(facts.limits.listingAgeSources).toEqual({listDate: 0, master: 0, nameMark: 1, unmarkedName: 22});
  });
});
