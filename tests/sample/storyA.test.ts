import {beforeAll, describe, expect, it} from "vitest";
import {dayFolders, judgeDay, readIndexHistory, readIndices, readMembers, readMeta, readStocks, type IndexBarMilli, type Judged} from "./readSample.ts";

// Story A, after reference-articles/theme-feature-solid-state-batteries.txt: 2025-06-24.
const DAY = "2025-06-24";
const SOLID = "886032.TI";
let history: Map<string, IndexBarMilli[]>;
let calendar: string[];
let days: Map<string, Map<string, Judged>>;

beforeAll(() => {
  history = readIndexHistory();
  calendar = [...new Set([...(history.get("000001.SH") ?? []).map((b) => b.date), ...dayFolders()])].sort();
  days = new Map(["2025-05-30", "2025-06-18", "2025-06-19", "2025-06-20", "2025-06-23", DAY, "2025-06-25"].map((d) => [d, judgeDay(d, calendar)]));
});

const on = (date: string, code: string) => days.get(date)?.get(code) as Judged;

describe("the committed sample on 2025-06-24 (solid-state batteries)", () => {
  it("closes 886032.TI at 1009.808, up 4.45%, 14.05% above its 2025-05-30 close", () => {
    const bars = history.get(SOLID) as IndexBarMilli[];
    const close = (d: string) => (bars.find((b) => b.date === d) as IndexBarMilli).close;
    expect(close(DAY)).toBe(1_009_808);
    expect(close(DAY) / close("2025-06-23") - 1).toBeCloseTo(0.0445, 4);
    expect(close(DAY) / close("2025-05-30") - 1).toBeCloseTo(0.1405, 4);
    const row = readIndices(DAY).find((r) => r.code === SOLID) as Record<string, string>;
    expect([row.name, row.name_en, row.kind, row.close]).toEqual(["固态电池", "Solid-State Battery", "concept", "1009.808"]);
  });

  it("rises 16 sessions in a row, every session from 2025-06-03, after a down day on 05-30", () => {
    const bars = (history.get(SOLID) as IndexBarMilli[]).filter((b) => b.date >= "2025-05-29" && b.date <= DAY);
    const ups = bars.slice(1).map((b, k) => b.close > (bars[k] as IndexBarMilli).close);
    expect(ups).toEqual([false, ...Array(16).fill(true)]);
  });

  it("is its first close above 1,000 in two years: last above in June 2023, below ever since", () => {
    const bars = (history.get(SOLID) as IndexBarMilli[]).filter((b) => b.date < DAY);
    const above = bars.filter((b) => b.close >= 1_000_000);
    expect(above.at(-1)?.date.slice(0, 7)).toBe("2023-06");
    expect(above.length).toBeGreaterThan(50);
  });

  it("has the article's stocks at their limits", () => {
    for (const code of ["301349.SZ", "688499.SH", "300801.SZ", "688353.SH"]) {
      const s = on(DAY, code);
      expect(s.limitUp, code).toBe(true);
      expect(s.closeFen / s.prevFen - 1, code).toBeGreaterThan(0.195); // 20% boards
    }
    for (const code of ["002263.SZ", "600110.SH", "603212.SH", "002074.SZ", "002125.SZ", "603800.SH"]) expect(on(DAY, code).limitUp, code).toBe(true);
    for (const code of ["688707.SH", "688638.SH"]) {
      const s = on(DAY, code);
      expect(s.closeFen / s.prevFen - 1, code).toBeGreaterThan(0.12);
      expect(s.limitUp, code).toBe(false);
    }
  });

  it("has Xiangtan Electrochemical limit-up on 06-19, 06-20, 06-23 and 06-24 but not 06-18, then one-price at 06-25 midday", () => {
    const dates = ["2025-06-18", "2025-06-19", "2025-06-20", "2025-06-23", DAY];
    expect(dates.map((d) => on(d, "002125.SZ").limitUp)).toEqual([false, true, true, true, true]);
    const mid = on("2025-06-25", "002125.SZ");
    expect(readMeta("2025-06-25").session).toBe("midday");
    expect([mid.openFen, mid.highFen, mid.lowFen, mid.closeFen]).toEqual(Array(4).fill(mid.upFen));
  });

  it("ranks the sector's month-to-date leaders as the article does", () => {
    const base = days.get("2025-05-30") as Map<string, Judged>;
    const members = readMembers(DAY).filter((r) => r.index_code === SOLID).map((r) => r.stock_code as string);
    const mtd = members
      .filter((c) => base.has(c) && on(DAY, c))
      .map((c) => ({c, pct: on(DAY, c).closeFen / (base.get(c) as Judged).closeFen - 1}))
      .sort((a, b) => b.pct - a.pct);
    expect(mtd.slice(0, 5).map((m) => m.c)).toEqual(["300340.SZ", "600110.SH", "301292.SZ", "688573.SH", "300801.SZ"]);
    const expected = [1.1365, 0.8795, 0.7383, 0.734, 0.6458];
    mtd.slice(0, 5).forEach((m, k) => expect(Math.abs(m.pct - (expected[k] as number))).toBeLessThan(0.001));
  });

  it("has 886032.TI up 0.64% at the 2025-06-25 midday break", () => {
    const row = readIndices("2025-06-25").find((r) => r.code === SOLID) as Record<string, string>;
    expect(Number(row.close) / Number(row.prev_close) - 1).toBeCloseTo(0.0064, 4);
    expect(readStocks("2025-06-25").length).toBeGreaterThan(5000);
  });
});
