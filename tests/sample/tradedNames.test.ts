import {describe, expect, it} from "vitest";
import {markedName, nameSpells, type NamedStock} from "../../src/sample/tradedNames.ts";

// 2025-06-16 (Mon) … 2025-06-25 (Wed): eight sessions, the weekend of 06-21/22 closed.
const JUNE = ["2025-06-16", "2025-06-17", "2025-06-18", "2025-06-19", "2025-06-20", "2025-06-23", "2025-06-24", "2025-06-25"];

const stock = (over: Partial<NamedStock>): NamedStock => ({code: "688000.SH", name: "恒瑞材料", board: "star", listDate: "2025-06-17", riskWarning: null, ...over});

describe("markedName(mark, name, taken)", () => {
  it("puts the mark before the first two characters", () => {
    expect(markedName("*ST", "恒瑞材料", new Set())).toBe("*ST恒瑞");
    expect(markedName("ST", "信达科技", new Set())).toBe("ST信达");
    expect(markedName("N", "华润微", new Set())).toBe("N华润");
  });

  it("takes the first and third character when that name is taken, and records what it gives", () => {
    const taken = new Set(["*ST恒瑞"]);
    expect(markedName("*ST", "恒瑞材料", taken)).toBe("*ST恒材");
    expect(taken.has("*ST恒材")).toBe(true);
  });
});

describe("nameSpells(stock, calendar, asOf, stFrom, taken)", () => {
  it("names a STAR listing N on its first session, C on sessions 2–5, then plainly", () => {
    // Listed Tue 06-17: sessions 2–5 are 06-18, 06-19, 06-20, 06-23; the sixth is 06-24.
    expect(nameSpells(stock({}), JUNE, "2025-06-25", null, new Set())).toEqual([
      {name: "N恒瑞", from: "2025-06-17", to: "2025-06-17"},
      {name: "C恒瑞", from: "2025-06-18", to: "2025-06-23"},
      {name: "恒瑞材料", from: "2025-06-24", to: null},
    ]);
  });

  it("leaves the name in force open and knows nothing later than asOf", () => {
    // ChiNext, listed Fri 06-20: session 2 is Mon 06-23; session 5 (06-26) is after asOf 06-24.
    expect(nameSpells(stock({code: "301000.SZ", board: "chinext", listDate: "2025-06-20"}), JUNE, "2025-06-24", null, new Set())).toEqual([
      {name: "N恒瑞", from: "2025-06-20", to: "2025-06-20"},
      {name: "C恒瑞", from: "2025-06-23", to: null},
    ]);
  });

  it("gives a Beijing listing N on its first day only", () => {
    expect(nameSpells(stock({code: "920000.BJ", board: "bse", listDate: "2025-06-24"}), JUNE, "2025-06-25", null, new Set())).toEqual([
      {name: "N恒瑞", from: "2025-06-24", to: "2025-06-24"},
      {name: "恒瑞材料", from: "2025-06-25", to: null},
    ]);
  });

  it("gives no C to a main-board listing from before the registration system (2023-04-10)", () => {
    const march = ["2023-03-30", "2023-03-31", "2023-04-03", "2023-04-04"];
    expect(nameSpells(stock({code: "603000.SH", board: "main", listDate: "2023-03-31"}), march, "2023-04-04", null, new Set())).toEqual([
      {name: "N恒瑞", from: "2023-03-31", to: "2023-03-31"},
      {name: "恒瑞材料", from: "2023-04-03", to: null},
    ]);
  });

  it("names an ST stock plainly up to the session before its warning, then with it", () => {
    const old = stock({code: "600000.SH", board: "main", listDate: "1999-11-10", riskWarning: "*ST"});
    expect(nameSpells(old, JUNE, "2025-06-25", "2025-06-18", new Set())).toEqual([
      {name: "恒瑞材料", from: "1999-11-10", to: "2025-06-17"},
      {name: "*ST恒瑞", from: "2025-06-18", to: null},
    ]);
  });

  it("gives a stock listed before the calendar one open spell from its listing", () => {
    expect(nameSpells(stock({code: "600000.SH", board: "main", listDate: "1999-11-10"}), JUNE, "2025-06-25", null, new Set())).toEqual([
      {name: "恒瑞材料", from: "1999-11-10", to: null},
    ]);
  });
});
