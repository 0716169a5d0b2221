import {describe, expect, it} from "vitest";
import {formatFact, lookupFact} from "../../src/site/factPath.ts";

const facts = {
  limits: {sealRate: 0.784, limitUpCount: 40, limitUp: [{code: "002125.SZ", closeFen: 1887}]},
  sectors: {
    leaders: [{code: "886032.TI", name: "Solid-State Battery", pctChange: 0.0445, close: 1009.808}],
    notable: [{code: "886032.TI", upStreak: {sessions: 16}}],
  },
};

describe("lookupFact(facts, path)", () => {
  it("walks dotted keys and numeric indices", () => {
    expect(lookupFact(facts, "limits.limitUpCount")).toEqual({ok: true, value: 40});
    expect(lookupFact(facts, "sectors.leaders[0].name")).toEqual({ok: true, value: "Solid-State Battery"});
  });

  it("picks a list item by its code, dots in the code included", () => {
    expect(lookupFact(facts, "sectors.notable[886032.TI].upStreak.sessions")).toEqual({ok: true, value: 16});
  });

  it("says where a misspelled path stops matching", () => {
    const r = lookupFact(facts, "limits.limitUpp");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toBe('"limits.limitUpp" names no fact: nothing at limits.limitUpp');
    const r2 = lookupFact(facts, "sectors.leaders[3].name");
    expect(!r2.ok && r2.message).toContain("nothing at sectors.leaders[3]");
  });

  it("finds any sector or stock of the day by code: the ranked entry first, else the day's quotes", () => {
    const quotes = {
      sectors: [{code: "885840.TI", name: "钠离子电池", pctChange: 0.0003}, {code: "886032.TI", pctChange: 0.9}],
      stocks: [{code: "300750.SZ", closeFen: 26433, pctChange: -0.0351}],
    };
    // Ranked: the facts' entry (with its streak), not the bare quote.
    expect(lookupFact(facts, "sectors[886032.TI].pctChange", quotes)).toEqual({ok: true, value: 0.0445});
    expect(lookupFact(facts, "sectors[886032.TI].upStreak.sessions", quotes)).toEqual({ok: false, message: '"sectors[886032.TI].upStreak.sessions" names no fact: nothing at sectors[886032.TI].upStreak'});
    // Not a leader: from the day's quotes.
    expect(lookupFact(facts, "sectors[885840.TI].pctChange", quotes)).toEqual({ok: true, value: 0.0003});
    expect(lookupFact(facts, "stocks[300750.SZ].closeFen", quotes)).toEqual({ok: true, value: 26433});
    const missing = lookupFact(facts, "stocks[300751.SZ].closeFen", quotes);
    expect(!missing.ok && missing.message).toBe('"stocks[300751.SZ].closeFen" names no fact: no stock 300751.SZ in this day\'s snapshot');
  });

  it("does not reach into the prototype", () => {
    expect(lookupFact(facts, "limits.constructor").ok).toBe(false);
  });
});

describe("formatFact(path, value)", () => {
  it("prints by the unit in the field's name", () => {
    expect(formatFact("limits.sealRate", 0.784)).toBe("78.40%");
    expect(formatFact("sectors.leaders[0].pctChange", 0.0445)).toBe("4.45%");
    expect(formatFact("limits.limitUp[0].closeFen", 1887)).toBe("18.87");
    expect(formatFact("sectors.leaders[0].close", 1009.808)).toBe("1,009.81");
    expect(formatFact("breadth.advancers", 2417)).toBe("2,417");
  });

  it("tells points from percentages by the field's exact name", () => {
    // Regression: indices[0].change (points) printed as "1,234.50%": the unit was guessed case-insensitively.
    expect(formatFact("indices[0].change", 12.345)).toBe("12.35");
    expect(formatFact("indices[0].pctChange", 0.0131)).toBe("1.31%");
    expect(formatFact("sectors.notable[0].upStreak.cumulativeChange", 0.1405)).toBe("14.05%");
    expect(formatFact("previous.promotion[0].rate", 0.5)).toBe("50.00%");
  });

  it("honours an explicit format", () => {
    expect(formatFact("sectors.leaders[0].pctChange", 0.0445, "signed-percent")).toBe("+4.45%");
  });

  it("refuses a group where a figure is expected", () => {
    expect(() => formatFact("limits", facts.limits)).toThrow(/not a single figure/);
  });
});

describe("formatFact(path, value, format, 'zh-CN')", () => {
  it("formats figures for the Chinese edition with zh-CN number formatting and Chinese units", () => {
    expect(formatFact("limits.sealRate", 0.784, "auto", "zh-CN")).toBe("78.40%");
    expect(formatFact("sectors.leaders[0].pctChange", 0.0445, "signed-percent", "zh-CN")).toBe("+4.45%");
    // 1887 fen = 18.87 yuan
    expect(formatFact("limits.limitUp[0].closeFen", 1887, "auto", "zh-CN")).toBe("18.87元");
    expect(formatFact("sectors.leaders[0].close", 1009.808, "auto", "zh-CN")).toBe("1,009.81点");
    expect(formatFact("breadth.advancers", 2417, "auto", "zh-CN")).toBe("2,417");
  });

  it("says yes, no and unknown in Chinese", () => {
    expect(formatFact("limits.limitUp[0].isSt", false, "auto", "zh-CN")).toBe("否");
    expect(formatFact("x.y", null, "auto", "zh-CN")).toBe("无数据");
  });
});
