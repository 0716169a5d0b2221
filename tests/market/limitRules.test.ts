import {describe, expect, it} from "vitest";
import {limitRuleFor, type LimitQuery, type LimitRule} from "../../src/market/limitRules.ts";

const OLD = "2010-01-04";
const q = (over: Partial<LimitQuery>): LimitQuery => ({
  board: "main",
  isSt: false,
  sessionsListed: 1000,
  listDate: OLD,
  date: "2025-06-24",
  ...over,
});
const pct = (up: number, down = up): LimitRule => ({kind: "pct", up, down});
const NONE: LimitRule = {kind: "none"};

describe("limitRuleFor(query)", () => {
  const cases: [string, Partial<LimitQuery>, LimitRule | null][] = [
    ["main board, 2025", {}, pct(10)],
    ["main-board ST on 2025-06-24", {isSt: true}, pct(5)],
    ["main-board ST on Friday 2026-07-03, the last 5% day", {isSt: true, date: "2026-07-03"}, pct(5)],
    ["main-board ST on Monday 2026-07-06, the first 10% day", {isSt: true, date: "2026-07-06"}, pct(10)],
    ["main-board ST after 2026-07-06", {isSt: true, date: "2026-09-01"}, pct(10)],
    ["main board with ST unknown", {isSt: null}, null],
    ["ChiNext on 2020-08-21, before the reform", {board: "chinext", date: "2020-08-21"}, pct(10)],
    ["ChiNext on 2020-08-24, the reform's first day", {board: "chinext", date: "2020-08-24"}, pct(20)],
    ["ChiNext ST (same 20%)", {board: "chinext", isSt: true}, pct(20)],
    // Regression: ChiNext ST stocks before the reform were given 10%; they had ±5%.
    ["ChiNext ST on 2020-08-21, before the reform", {board: "chinext", isSt: true, date: "2020-08-21"}, pct(5)],
    ["ChiNext ST on 2020-08-24", {board: "chinext", isSt: true, date: "2020-08-24"}, pct(20)],
    ["ChiNext before the reform with ST unknown", {board: "chinext", isSt: null, date: "2020-08-21"}, null],
    ["ChiNext after the reform with ST unknown (rule does not depend on it)", {board: "chinext", isSt: null}, pct(20)],
    ["STAR ST (same 20%)", {board: "star", isSt: true}, pct(20)],
    ["Beijing", {board: "bse"}, pct(30)],
    ["ChiNext IPO, session 1", {board: "chinext", listDate: "2025-06-18", sessionsListed: 1}, NONE],
    ["ChiNext IPO, session 5", {board: "chinext", listDate: "2025-06-18", sessionsListed: 5}, NONE],
    ["ChiNext IPO, session 6", {board: "chinext", listDate: "2025-06-18", sessionsListed: 6}, pct(20)],
    ["STAR IPO, session 5", {board: "star", listDate: "2025-06-18", sessionsListed: 5}, NONE],
    ["main-board registration IPO, session 5", {listDate: "2023-04-10", sessionsListed: 5}, NONE],
    ["main-board registration IPO, session 6", {listDate: "2023-04-10", sessionsListed: 6}, pct(10)],
    ["Beijing IPO, first day", {board: "bse", listDate: "2025-06-24", sessionsListed: 1}, NONE],
    ["Beijing IPO, second day", {board: "bse", listDate: "2025-06-23", sessionsListed: 2}, pct(30)],
    ["main-board IPO before 2023-04-10, first day: +44% / −36%", {listDate: "2022-05-10", sessionsListed: 1, date: "2022-05-10"}, pct(44, 36)],
    ["main-board IPO before 2023-04-10, second day", {listDate: "2022-05-10", sessionsListed: 2, date: "2022-05-11"}, pct(10)],
    ["unknown board", {board: null}, null],
    ["unknown listing age", {sessionsListed: null}, null],
    ["unknown listing date in the first sessions", {listDate: null, sessionsListed: 5}, null],
    // Past every IPO window (5 sessions at most) only the ordinary regimes apply.
    ["unknown listing date, sixth session or later", {listDate: null, sessionsListed: 6}, pct(10)],
    ["ChiNext before it existed", {board: "chinext", date: "2008-01-02"}, null],
  ];
  for (const [name, over, expected] of cases) {
    it(`${name} → ${expected === null ? "unknown" : expected.kind === "none" ? "no limit" : `+${expected.up}% / −${expected.down}%`}`, () => {
      expect(limitRuleFor(q(over))).toEqual(expected);
    });
  }
});
