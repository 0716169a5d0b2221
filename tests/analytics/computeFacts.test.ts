import {describe, expect, it} from "vitest";
import {computeFacts, factsToJson} from "../../src/analytics/index.ts";
import {bars, day, index, snapshot, stock, weekdays} from "./fixtures.ts";

const DATE = "2025-06-24";
const CAL = weekdays("2025-05-01", DATE);
const flat = (c: number) => [c, c, c, c] as const;

// 600001.SH: limit-up on 06-20 (1000 → 1100), 06-23 (→ 1210) and today (→ 1331); not on 06-19.
const leader = (date: string, prev: string, close: string) => snapshot(date, [stock({code: "600001.SH", name: "Leader", prev, close})]);
const days = [leader("2025-06-19", "10.00", "10.00"), leader("2025-06-20", "10.00", "11.00"), leader("2025-06-23", "11.00", "12.10")];

// ChiNext: ten quiet bars (body 10, range 30), a black spinning top on 06-23, then today a
// white body 995 → 1032 engulfing it (+3.2%, above 06-20's 1010: the previous loss reclaimed).
const quiet = weekdays("2025-06-09", "2025-06-20").map((d) => [d, 1000, 1020, 990, 1010] as const);
// Solid-state battery: above 1000 in June 2023, then below; up from 06-16; today 1009.808.
const indexBars = {
  "399006.SZ": bars("399006.SZ", [...quiet, ["2025-06-23", 1004, 1010, 990, 1000]]),
  "886032.TI": bars("886032.TI", [
    ["2023-06-01", ...flat(1020)], ["2024-01-02", ...flat(800)], ["2025-06-16", ...flat(900)], ["2025-06-17", ...flat(910)],
    ["2025-06-18", ...flat(920)], ["2025-06-19", ...flat(930)], ["2025-06-20", ...flat(940)], ["2025-06-23", ...flat(966.87)],
  ]),
};

function market(session: "close" | "midday") {
  return day(
    snapshot(
      DATE,
      [
        stock({code: "600001.SH", name: "Leader", prev: "12.10", close: "13.31"}),
        // vendor says 1.26; the rule gives 115 × 1.1 = 126.5 → 1.27
        stock({code: "600002.SH", prev: "1.15", close: "1.20", upLimit: "1.26", downLimit: "1.04"}),
        stock({code: "300750.SZ", prev: "10.00", close: "10.40"}),
      ],
      {
        session,
        indices: [
          index("399006.SZ", {prevClose: 1000, open: 995, high: 1035, low: 990, close: 1032}, "broad", "ChiNext Index"),
          index("000001.SH", {prevClose: 3400, open: 3400, high: 3410, low: 3380, close: 3383}, "broad", "SSE Composite"),
          index("886032.TI", {prevClose: 966.87, open: 967, high: 1010, low: 965, close: 1009.808}, "concept", "Solid-state battery"),
        ],
        members: {"886032.TI": ["300750.SZ", "600001.SH", "600002.SH"]},
      },
    ),
    {days, calendar: CAL, indexBars},
  );
}

describe("computeFacts(day)", () => {
  const {facts, warnings} = computeFacts(market("close"));

  it("puts the ladder's three-day leader on the top rung with its cumulative gain", () => {
    // 1331 / 1000 − 1 = 0.331
    expect(facts.ladder.maxHeight).toBe(3);
    const top = facts.ladder.rungs[0]?.stocks[0];
    expect(top).toMatchObject({code: "600001.SH", height: 3, dates: ["2025-06-20", "2025-06-23", DATE], startPrevCloseFen: 1000, closeFen: 1331});
    expect(top?.cumulativeGain).toBeCloseTo(0.331, 12);
  });

  it("reports ChiNext's bullish engulfing after a spinning top", () => {
    const chinext = facts.indices.find((i) => i.code === "399006.SZ");
    expect(chinext?.patterns.map((p) => p.name)).toEqual(["bullishEngulfing"]);
    expect(chinext?.previousPatterns).toEqual([{name: "spinningTop", date: "2025-06-23", strength: -100}]);
    expect(chinext?.reclaimedPreviousLoss).toBe(true);
  });

  it("ranks the stories by score, then kind", () => {
    // roundLevel 80 + 2 × 2 years = 84; bigIndexMove 60 + 5 × 3 = 75; engulfing 65 + 5 + 5 = 75;
    // ladder 50 + 5 × 3 = 65; sectorStreak 50 + 2 × 7 = 64 (06-16 … today, from 800)
    expect(facts.stories.map((s) => [s.kind, s.score, s.subjects[0] ?? null])).toEqual([
      ["roundLevel", 84, "886032.TI"],
      ["bigIndexMove", 75, "399006.SZ"],
      ["engulfing", 75, "399006.SZ"],
      ["ladder", 65, "600001.SH"],
      ["sectorStreak", 64, "886032.TI"],
    ]);
  });

  it("warns where the vendor's limit price disagrees with the rule, naming the code", () => {
    expect(warnings).toEqual([
      {
        file: `${DATE}/stocks.csv`,
        row: 0,
        column: 0,
        message: "600002.SH: up_limit 1.26 differs from the rule's 1.27; the vendor's price was used (row unknown)",
      },
    ]);
    expect(facts.limits.vendorMismatches).toEqual([{code: "600002.SH", side: "up", ruleFen: 127, vendorFen: 126}]);
  });

  it("reports how much history it had", () => {
    expect(facts.history).toEqual({calendarSessions: CAL.length, calendarStart: "2025-05-01", stockDays: 3, stockDaysStart: "2025-06-19"});
  });

  it("computes the same facts for a midday snapshot and says which session they are", () => {
    const midday = computeFacts(market("midday")).facts;
    expect(midday.session).toBe("midday");
    // All but the turnover change: half a day's turnover is not set against a whole day's.
    expect(midday.previous?.turnoverChangeYuan).toBeNull();
    const previous = facts.previous && {...facts.previous, turnoverChangeYuan: null};
    expect({...midday, session: "close"}).toEqual({...facts, previous});
  });

  it("is deterministic to the byte", () => {
    expect(factsToJson(computeFacts(market("close")).facts)).toBe(factsToJson(facts));
  });
});
