import {describe, expect, it} from "vitest";
import {amount, date, enumerate, jia, level, num, pct, pctAbs, pctSigned, points, upDown, years, yuan, zhi} from "../../../src/compose/zh/format.ts";

describe("num(value, digits, grouping)", () => {
  it("writes digits without separators unless asked", () => {
    expect(num(3923)).toBe("3923");
    expect(num(22146.124, 2, true)).toBe("22,146.12");
  });

  it("rounds half away from zero despite binary noise, and never prints -0", () => {
    // 1.005 is stored as 1.00499999…; scaled and rounded at 12 digits it is 100.5 → 101
    expect(num(1.005, 2)).toBe("1.01");
    expect(num(-1.005, 2)).toBe("-1.01");
    expect(num(-0.001, 2)).toBe("0.00");
  });
});

describe("percents", () => {
  it("prints fractions with two decimals, signed in tables and worded in prose", () => {
    expect(pct(0.0131)).toBe("1.31%");
    expect(pctAbs(-0.0052)).toBe("0.52%");
    expect(pctSigned(0.0445)).toBe("+4.45%");
    expect(pctSigned(-0.0067)).toBe("-0.67%");
    expect(pctSigned(0)).toBe("0.00%");
    expect(upDown(0.0131)).toBe("涨1.31%");
    expect(upDown(-0.0052)).toBe("跌0.52%");
    // −0.00004 rounds to 0.00%: no direction to state
    expect(upDown(-0.00004)).toBe("持平");
  });

  it("prints the seal rate of 112 of 139 as 80.58%", () => {
    // 112 ÷ 139 = 0.805755… → 80.58%
    expect(pct(112 / 139)).toBe("80.58%");
  });
});

describe("points, levels, prices and counts", () => {
  it("prints index levels with two decimals and no separator", () => {
    expect(points(1009.808)).toBe("1009.81");
    expect(points(10350.2)).toBe("10350.20");
    expect(level(1000)).toBe("1000");
  });

  it("prints fen as yuan and counts with their measure words", () => {
    expect(yuan(1394)).toBe("13.94");
    expect(yuan(9)).toBe("0.09");
    expect(zhi(3923)).toBe("3923只");
    expect(jia(112)).toBe("112家");
  });
});

describe("amount(yuan)", () => {
  it("quotes a trillion and more in 万亿元", () => {
    // 2,214,612,183,064 ÷ 10¹² = 2.2146… → 2.21
    expect(amount(2_214_612_183_064)).toBe("2.21万亿元");
  });

  it("quotes less than a trillion in 亿元 with separators", () => {
    // 2,196,000,000 ÷ 10⁸ = 21.96
    expect(amount(2_196_000_000)).toBe("21.96亿元");
    // 812,345,000,000 ÷ 10⁸ = 8,123.45
    expect(amount(812_345_000_000)).toBe("8,123.45亿元");
  });

  it("switches to 万亿元 when 亿元 would round up to 10,000.00", () => {
    // 999,999,600,000 ÷ 10⁸ = 9,999.996 → 10,000.00亿 → 1.00万亿
    expect(amount(999_999_600_000)).toBe("1.00万亿元");
  });
});

describe("date(iso) and words", () => {
  it("writes dates with 年月日", () => {
    expect(date("2025-06-24")).toBe("2025年6月24日");
    expect(date("2025-06-03", {short: true})).toBe("6月3日");
  });

  it("says 两年 for two years and enumerates with 、", () => {
    expect(years(2)).toBe("两");
    expect(years(1)).toBe("一");
    expect(years(5)).toBe("5");
    expect(enumerate(["湘潭电化", "诺德股份", "国轩高科"])).toBe("湘潭电化、诺德股份、国轩高科");
  });
});
