import {describe, expect, it} from "vitest";
import {candlePatterns, doji, engulfing, hammer, spinningTop} from "../../src/analytics/candlePatterns.ts";
import type {Bar} from "../../src/analytics/indexSeries.ts";

/** n quiet bars: body 10 (1000 → 1010), range 30 (990–1020). */
const base = (n: number): Bar[] =>
  Array.from({length: n}, (_, k) => ({date: `2025-05-${String(k + 1).padStart(2, "0")}`, open: 1000, high: 1020, low: 990, close: 1010}));
const bar = (open: number, high: number, low: number, close: number): Bar => ({date: "2025-06-18", open, high, low, close});

// Averages over the 10 base bars: BodyShort = 1.0 × 10 = 10; BodyDoji = 0.1 × 30 = 3;
// ShadowVeryShort = 0.1 × 30 = 3; Near (5 bars, at the previous bar) = 0.2 × 30 = 6.

describe("doji(bars, i)", () => {
  it("finds a body no bigger than 10% of the average range", () => {
    // body 3 ≤ 3
    expect(doji([...base(10), bar(1000, 1015, 985, 1003)], 10)).toBe(100);
  });

  it("rejects a body just above it", () => {
    // body 4 > 3
    expect(doji([...base(10), bar(1000, 1015, 985, 1004)], 10)).toBe(0);
  });

  it("needs 10 earlier bars (TA-Lib's lookback)", () => {
    expect(doji([...base(9), bar(1000, 1015, 985, 1000)], 9)).toBe(0);
  });
});

describe("spinningTop(bars, i)", () => {
  it("finds a small black body with both shadows longer than it", () => {
    // body 4 < 10; upper 1010 − 1004 = 6 > 4; lower 1000 − 990 = 10 > 4; black → −100
    expect(spinningTop([...base(10), bar(1004, 1010, 990, 1000)], 10)).toBe(-100);
  });

  it("rejects a small body whose upper shadow is not longer than the body", () => {
    // upper 1008 − 1004 = 4, not > 4
    expect(spinningTop([...base(10), bar(1000, 1004 + 4, 990, 1004)], 10)).toBe(0);
  });

  it("rejects a body as long as the average", () => {
    // body 10, not < 10
    expect(spinningTop([...base(10), bar(1000, 1030, 980, 1010)], 10)).toBe(0);
  });
});

describe("engulfing(bars, i)", () => {
  const black = bar(1010, 1015, 995, 1000);
  const white = bar(1000, 1015, 995, 1010);

  it("finds a white body covering the previous black body at both ends: +100", () => {
    expect(engulfing([...base(2), black, bar(995, 1020, 990, 1015)], 3)).toBe(100);
  });

  it("scores +80 when today's open equals yesterday's close", () => {
    expect(engulfing([...base(2), black, bar(1000, 1020, 990, 1015)], 3)).toBe(80);
  });

  it("rejects bodies equal at both ends", () => {
    expect(engulfing([...base(2), black, bar(1000, 1020, 990, 1010)], 3)).toBe(0);
  });

  it("finds a black body covering the previous white body: −100", () => {
    expect(engulfing([...base(2), white, bar(1015, 1020, 990, 995)], 3)).toBe(-100);
  });

  it("scores −80 when today's close equals yesterday's open", () => {
    expect(engulfing([...base(2), white, bar(1015, 1020, 990, 1000)], 3)).toBe(-80);
  });

  it("rejects two candles of the same colour", () => {
    expect(engulfing([...base(2), white, bar(995, 1020, 990, 1015)], 3)).toBe(0);
  });

  it("needs two earlier bars (TA-Lib's lookback)", () => {
    expect(engulfing([black, bar(995, 1020, 990, 1015)], 1)).toBe(0);
  });
});

describe("hammer(bars, i)", () => {
  it("finds a small body at the prior low with a long lower shadow and almost no upper shadow", () => {
    // body 995 − 992 = 3 < 10; lower 992 − 975 = 17 > 3; upper 996 − 995 = 1 < 3;
    // body bottom 992 ≤ prior low 990 + Near 6 = 996
    expect(hammer([...base(11), bar(992, 996, 975, 995)], 11)).toBe(100);
  });

  it("rejects the same shape sitting above the prior low", () => {
    // body bottom 1002 > 996
    expect(hammer([...base(11), bar(1002, 1006, 985, 1005)], 11)).toBe(0);
  });

  it("rejects an upper shadow as long as the ShadowVeryShort average", () => {
    // upper 998 − 995 = 3, not < 3
    expect(hammer([...base(11), bar(992, 998, 975, 995)], 11)).toBe(0);
  });

  it("needs 11 earlier bars (TA-Lib's lookback)", () => {
    expect(hammer([...base(10), bar(992, 996, 975, 995)], 10)).toBe(0);
  });
});

describe("candlePatterns(bars, i)", () => {
  it("reports a bullish engulfing after a spinning top, each on its own bar", () => {
    const top = bar(1004, 1010, 990, 1000);
    const bars = [...base(10), top, {...bar(995, 1020, 990, 1015), date: "2025-06-19"}];
    expect(candlePatterns(bars, 10)).toEqual([{name: "spinningTop", strength: -100}]);
    expect(candlePatterns(bars, 11)).toEqual([{name: "bullishEngulfing", strength: 100}]);
  });
});
