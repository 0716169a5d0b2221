import {describe, expect, it} from "vitest";
import {count, grouped, hundredMillionYuan, listing, longDate, ordinal, percent, points, yuan} from "../../src/compose/format.ts";

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

  it("quotes turnover in hundred-million yuan units", () => {
    // 1,234,500,000,000 yuan ÷ 1e8 = 12,345
    expect(hundredMillionYuan(1_234_500_000_000)).toBe("CNY 12,345.00 hundred million");
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
