import {describe, expect, it} from "vitest";
import {count, grouped, listing, longDate, ordinal, percent, points, yuan, yuanAmount} from "../../src/compose/format.ts";

describe("percent(fraction)", () => {
  it("prints two decimals and signs gains when asked", () => {
    expect(percent(0.0445, {signed: true})).toBe("+4.45%");
    expect(percent(-0.021, {signed: true})).toBe("-2.10%");
    expect(percent(0, {signed: true})).toBe("0.00%");
  });

  it("rounds half away from zero despite binary noise", () => {
    // 0.100005 × 100 = 10.0005 → 10.00 (not half); 0.123450 × 100 = 12.345 → 12.35
    expect(percent(0.12345)).toBe("12.35%");
    expect(percent(-0.12345)).toBe("-12.35%");
  });

  it("never prints a negative zero", () => {
    expect(percent(-0.00001, {signed: true})).toBe("0.00%");
  });
});

describe("grouped / points / yuan", () => {
  it("groups thousands with commas", () => {
    expect(grouped(5123)).toBe("5,123");
    expect(grouped(1234567.891, 2)).toBe("1,234,567.89");
    expect(points(1009.808)).toBe("1,009.81");
  });

  it("prints fen as yuan with two decimals", () => {
    expect(yuan(1887)).toBe("18.87");
    expect(yuan(9)).toBe("0.09");
    expect(yuan(123456)).toBe("1,234.56");
  });

  it("writes amounts in trillions, billions or millions of yuan, as a desk would", () => {
    // 2,214,612,000,000 ÷ 1e12 = 2.214612 → 2.21; 845,300,000,000 ÷ 1e9 = 845.3; 12,500,000 ÷ 1e6 = 12.5
    expect(yuanAmount(2_214_612_000_000)).toBe("CNY 2.21 trillion");
    expect(yuanAmount(845_300_000_000)).toBe("CNY 845.3 billion");
    expect(yuanAmount(12_500_000)).toBe("CNY 12.5 million");
    // a fall in turnover keeps its sign: −120,040,000,000 ÷ 1e9 = −120.04 → −120.0
    expect(yuanAmount(-120_040_000_000)).toBe("CNY -120.0 billion");
  });
});

describe("words", () => {
  it("spells small counts and ordinals", () => {
    expect(count(4)).toBe("four");
    expect(count(40)).toBe("40");
    expect(ordinal(4)).toBe("4th");
    expect(ordinal(22)).toBe("22nd");
    expect(ordinal(13)).toBe("13th");
  });

  it("writes dates and lists in English", () => {
    expect(longDate("2025-06-24")).toBe("June 24, 2025");
    expect(longDate("2025-06-03", {short: true})).toBe("June 3");
    expect(listing(["a", "b", "c"])).toBe("a, b and c");
  });
});
