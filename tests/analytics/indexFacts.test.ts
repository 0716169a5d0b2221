import {describe, expect, it} from "vitest";
import {broadIndexFacts, indexFacts} from "../../src/analytics/indexFacts.ts";
import {bars, day, index, snapshot} from "./fixtures.ts";

const DATE = "2025-06-18";

describe("indexFacts(quote, day)", () => {
  // ChiNext: 2100 → 2000 yesterday (−100), today 2000 → 2150.
  const quote = index("399006.SZ", {prevClose: 2000, open: 1990, high: 2160, low: 1985, close: 2150});
  const history = bars("399006.SZ", [
    ["2025-06-13", 2080, 2110, 2070, 2090],
    ["2025-06-16", 2095, 2110, 2090, 2100],
    ["2025-06-17", 2095, 2100, 1995, 2000],
  ]);
  const facts = indexFacts(quote, day(snapshot(DATE, [], {indices: [quote]}), {indexBars: {"399006.SZ": history}}));

  it("gives today's change in points and as a fraction", () => {
    // 2150 − 2000 = 150; 150 / 2000 = 0.075
    expect(facts.change).toBe(150);
    expect(facts.pctChange).toBeCloseTo(0.075, 12);
  });

  it("gives the previous session's own move", () => {
    // 2000 − 2100 = −100; −100 / 2100 = −0.047619…
    expect(facts.previous).toMatchObject({date: "2025-06-17", close: 2000, change: -100});
    expect(facts.previous?.pctChange).toBeCloseTo(-100 / 2100, 12);
  });

  it("says today reclaimed the previous session's loss", () => {
    // yesterday fell; 2150 > 2100, the close before the fall
    expect(facts.reclaimedPreviousLoss).toBe(true);
  });

  it("gives the trend before today", () => {
    // 06-17 down, 06-16 up: one down session before today
    expect([facts.priorUpSessions, facts.priorDownSessions]).toEqual([0, 1]);
  });

  it("ignores history bars dated today or later", () => {
    const withToday = [...history, {date: DATE, code: "399006.SZ", open: 1, high: 1, low: 1, close: 1}];
    const again = indexFacts(quote, day(snapshot(DATE, [], {indices: [quote]}), {indexBars: {"399006.SZ": withToday}}));
    expect(again.record.historySessions).toBe(3);
  });
});

describe("indexFacts change in points", () => {
  it("rounds to 0.001 so float noise never reaches facts.json (3405.55 − 3380 gave 25.550000000000182)", () => {
    const q = index("000001.SH", {prevClose: 3380, open: 3386.76, high: 3415.767, low: 3376.6, close: 3405.55});
    expect(indexFacts(q, day(snapshot(DATE, [], {indices: [q]}))).change).toBe(25.55);
  });
});

describe("broadIndexFacts(day)", () => {
  it("lists the five headline indices in their fixed order, then other broad indices by code, and no sectors", () => {
    const flat = {prevClose: 100, open: 100, high: 100, low: 100, close: 100};
    const codes = ["000300.SH", "886032.TI", "000016.SH", "399006.SZ", "000001.SH", "000688.SH", "399001.SZ"];
    const indices = codes.map((c) => index(c, flat, c.endsWith(".TI") ? "concept" : "broad"));
    const order = broadIndexFacts(day(snapshot(DATE, [], {indices}))).map((f) => f.code);
    expect(order).toEqual(["000001.SH", "399001.SZ", "399006.SZ", "000688.SH", "000300.SH", "000016.SH"]);
  });
});
