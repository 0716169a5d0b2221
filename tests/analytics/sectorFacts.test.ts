import {describe, expect, it} from "vitest";
import {dayContext} from "../../src/analytics/dayContext.ts";
import {sectorFacts} from "../../src/analytics/sectorFacts.ts";
import {bars, day, index, snapshot, stock, weekdays} from "./fixtures.ts";

const DATE = "2025-06-24";
const flat = (c: number) => [c, c, c, c] as const;

// Composite: down on 06-20 and today. Sectors: 881001 up on both down days; 881002 down today;
// 886032 up seven sessions running.
const indexBars = {
  "000001.SH": bars("000001.SH", [["2025-06-18", ...flat(3400)], ["2025-06-19", ...flat(3410)], ["2025-06-20", ...flat(3390)], ["2025-06-23", ...flat(3395)]]),
  "881001.TI": bars("881001.TI", [["2025-06-18", ...flat(100)], ["2025-06-19", ...flat(99)], ["2025-06-20", ...flat(100)], ["2025-06-23", ...flat(100)]]),
  "881002.TI": bars("881002.TI", [["2025-06-23", ...flat(200)]]),
  "886032.TI": bars("886032.TI", [
    ["2025-06-13", ...flat(900)], ["2025-06-16", ...flat(890)], ["2025-06-17", ...flat(900)], ["2025-06-18", ...flat(910)],
    ["2025-06-19", ...flat(920)], ["2025-06-20", ...flat(930)], ["2025-06-23", ...flat(940)],
  ]),
};
const move = (prevClose: number, close: number) => ({prevClose, open: prevClose, high: Math.max(prevClose, close), low: Math.min(prevClose, close), close});
const today = snapshot(
  DATE,
  [
    stock({code: "600001.SH", prev: "10.00", close: "11.00"}), // limit-up
    stock({code: "600002.SH", prev: "10.00", close: "10.50"}),
    stock({code: "300750.SZ", prev: "10.00", high: "12.00", close: "11.00"}), // touched 12.00, broken
    stock({code: "600003.SH", prev: "10.00", close: "9.50"}),
  ],
  {
    indices: [
      index("000001.SH", move(3395, 3380)),
      index("881001.TI", move(100, 102), "industry", "Coal"),
      index("881002.TI", move(200, 190), "industry", "Banks"),
      index("886032.TI", move(940, 960), "concept", "Solid-state battery"),
    ],
    members: {"886032.TI": ["300750.SZ", "600001.SH", "600002.SH", "600003.SH"], "881001.TI": ["600002.SH"]},
  },
);
const facts = sectorFacts(dayContext(day(today, {calendar: weekdays("2025-05-01", DATE), indexBars})));

describe("sectorFacts(ctx)", () => {
  it("ranks leaders by change desc and laggards by change asc", () => {
    // 886032: 960/940 − 1 = 2.13%; 881001: +2%; 881002: −5%
    expect(facts.leaders.map((s) => s.code)).toEqual(["886032.TI", "881001.TI", "881002.TI"]);
    expect(facts.laggards.map((s) => s.code)).toEqual(["881002.TI", "881001.TI", "886032.TI"]);
    expect(facts.count).toBe(3);
  });

  it("lists the leading members with their limit status", () => {
    const spot = facts.leaders[0];
    expect(spot?.leadingMembers.map((m) => [m.code, m.limitStatus])).toEqual([
      ["300750.SZ", "broken"], // +10% on ChiNext: touched 12.00 (20%), closed below
      ["600001.SH", "limitUp"], // +10%, tie broken by code
      ["600002.SH", "none"],
      ["600003.SH", "none"],
    ]);
  });

  it("gives the up-day streak with its cumulative change", () => {
    // 06-16 fell (890 < 900); 06-17 … today rose: 6 sessions; 960 / 890 − 1
    const spot = facts.leaders[0];
    expect(spot?.upStreak).toMatchObject({sessions: 6, startDate: "2025-06-17", baseClose: 890, lowerBound: false});
    expect(spot?.upStreak?.cumulativeChange).toBeCloseTo(960 / 890 - 1, 12);
    expect(facts.notable.map((s) => s.code)).toEqual(["886032.TI"]);
  });

  it("finds sectors up while the SSE Composite fell, today and over its recent down days", () => {
    // composite down on 06-20 (3390 < 3410) and today (3380 < 3395); 881001 rose on both
    expect(facts.upWhileCompositeFell).toEqual(["886032.TI", "881001.TI"]);
    const coal = facts.leaders.find((s) => s.code === "881001.TI");
    expect(coal?.upOnCompositeDownDays).toEqual({sessions: 2, of: 2});
    // 881002 has no bar on 06-20, so only today counts, and it fell
    const banks = facts.leaders.find((s) => s.code === "881002.TI");
    expect(banks?.upOnCompositeDownDays).toEqual({sessions: 0, of: 1});
  });
});
