import {describe, expect, it} from "vitest";
import type {Bar} from "../../src/analytics/indexSeries.ts";
import {recordClose, roundLevelAtOrBelow, roundLevelBreak, wholeYears} from "../../src/analytics/recordClose.ts";

const b = (date: string, close: number): Bar => ({date, open: close, high: close, low: close, close});

describe("recordClose(bars)", () => {
  it("flags the highest close in the sessions of history", () => {
    expect(recordClose([b("2025-06-20", 100), b("2025-06-23", 105), b("2025-06-24", 106)])).toEqual({
      isRecord: true,
      historySessions: 2,
      historyStart: "2025-06-20",
      previousHigh: 105,
      previousHighDate: "2025-06-23",
      lastHigherDate: null,
      sessionsSinceHigher: 2,
    });
  });

  it("finds the last earlier close at or above today's, for \"the highest close since\"", () => {
    // 110 on 2023-03-07 tops today's 108; the three sessions after it all closed lower
    const bars = [b("2023-01-03", 100), b("2023-03-07", 110), b("2024-01-02", 90), b("2025-06-23", 105), b("2025-06-24", 108)];
    expect(recordClose(bars)).toMatchObject({isRecord: false, lastHigherDate: "2023-03-07", sessionsSinceHigher: 2});
  });

  it("counts an equal close as as high: today is then the highest only since that day", () => {
    expect(recordClose([b("2025-06-20", 105), b("2025-06-23", 100), b("2025-06-24", 105)])).toMatchObject({lastHigherDate: "2025-06-20", sessionsSinceHigher: 1});
  });

  it("is no record when an earlier close was equal", () => {
    expect(recordClose([b("2025-06-23", 105), b("2025-06-24", 105)]).isRecord).toBe(false);
  });

  it("is no record without history", () => {
    expect(recordClose([b("2025-06-24", 105)])).toMatchObject({isRecord: false, historySessions: 0, historyStart: null});
  });
});

describe("roundLevelAtOrBelow(x)", () => {
  const cases: [number, number | null][] = [
    [99.9, null], [100, 100], [966.87, 900], [1000, 1000], [1009.808, 1000], [1499, 1000], [3456.7, 3000], [10_500, 10_000],
  ];
  for (const [x, level] of cases) it(`gives ${level} for ${x}`, () => expect(roundLevelAtOrBelow(x)).toBe(level));
});

describe("wholeYears(from, to)", () => {
  it("counts completed years only", () => {
    expect(wholeYears("2023-06-01", "2025-06-24")).toBe(2);
    expect(wholeYears("2023-07-01", "2025-06-24")).toBe(1);
  });
});

describe("roundLevelBreak(bars, prevClose)", () => {
  const history = [b("2023-06-01", 1020.5), b("2023-06-02", 990), b("2024-09-30", 700), b("2025-06-23", 966.87)];

  it("finds the first close above 1000 in two years", () => {
    // 966.87 < 1000 ≤ 1009.808; last close ≥ 1000 on 2023-06-01, two whole years before
    expect(roundLevelBreak([...history, b("2025-06-24", 1009.808)], 966.87)).toEqual({
      level: 1000,
      lastAboveDate: "2023-06-01",
      yearsSince: 2,
      historyStart: "2023-06-01",
    });
  });

  it("ignores a level last reached within the year", () => {
    const recent = [b("2024-12-02", 1001), b("2025-06-23", 966.87)];
    expect(roundLevelBreak([...recent, b("2025-06-24", 1009.808)], 966.87)).toBeNull();
  });

  it("reports a level never reached in a history at least a year long", () => {
    const low = [b("2024-01-02", 800), b("2025-06-23", 966.87)];
    expect(roundLevelBreak([...low, b("2025-06-24", 1009.808)], 966.87)).toMatchObject({lastAboveDate: null, yearsSince: null});
  });

  it("says nothing when history is shorter than a year and never reached the level", () => {
    const short = [b("2025-01-02", 800), b("2025-06-23", 966.87)];
    expect(roundLevelBreak([...short, b("2025-06-24", 1009.808)], 966.87)).toBeNull();
  });

  it("is null when the previous close was already above the level", () => {
    expect(roundLevelBreak([...history, b("2025-06-24", 1009.808)], 1001)).toBeNull();
  });
});
