import {beforeAll, describe, expect, it} from "vitest";
import {boardOf} from "../../src/market/board.ts";
import {dayFolders, judgeDay, readIndexHistory, readIndices, type IndexBarMilli, type Judged} from "./readSample.ts";

// Story B, after reference-articles/daily-close-chinext-rebound.txt: Wednesday 2025-06-18.
const DAY = "2025-06-18";
let history: Map<string, IndexBarMilli[]>;
let calendar: string[];
let today: Map<string, Judged>;
let yesterday: Map<string, Judged>;

beforeAll(() => {
  history = readIndexHistory();
  calendar = [...new Set([...(history.get("000001.SH") ?? []).map((b) => b.date), ...dayFolders()])].sort();
  today = judgeDay(DAY, calendar);
  yesterday = judgeDay("2025-06-17", calendar);
});

const bar = (code: string, date: string) => history.get(code)?.find((b) => b.date === date) as IndexBarMilli;
const body = (b: IndexBarMilli) => Math.abs(b.close - b.open);

describe("the committed sample on 2025-06-18 (ChiNext rebound)", () => {
  it("has 40 headline limit-ups and 11 broken boards: seal rate 40/51 = 78.4%", () => {
    const stocks = [...today.values()].filter((s) => s.headline);
    expect(stocks.filter((s) => s.limitUp)).toHaveLength(40);
    expect(stocks.filter((s) => s.broken)).toHaveLength(11);
  });

  it("has exactly 4 consecutive limit-ups, on at least three boards", () => {
    const consecutive = [...today.values()].filter((s) => s.headline && s.limitUp && yesterday.get(s.code)?.limitUp);
    expect(consecutive.map((s) => s.code).sort()).toEqual(["002442.SZ", "301626.SZ", "603798.SH", "688793.SH"]);
    expect(new Set(consecutive.map((s) => boardOf(s.code))).size).toBeGreaterThanOrEqual(3);
  });

  it("has 83 stocks up more than 9%, 21 of them on ChiNext", () => {
    // (close − prev) × 100 > 9 × prev, in fen, as the analytics count it
    const over9 = [...today.values()].filter((s) => (s.closeFen - s.prevFen) * 100 > 9 * s.prevFen);
    expect(over9).toHaveLength(83);
    expect(over9.filter((s) => boardOf(s.code) === "chinext")).toHaveLength(21);
  });

  it("balances advancers and decliners within 5%", () => {
    const all = [...today.values()];
    const up = all.filter((s) => s.closeFen > s.prevFen).length;
    const down = all.filter((s) => s.closeFen < s.prevFen).length;
    expect(Math.abs(up - down) / (up + down)).toBeLessThan(0.05);
  });

  it("closes the article's lithium names at the limit, and Jiuku 17.24% up", () => {
    for (const code of ["688005.SH", "600884.SH", "002074.SZ", "002240.SZ"]) expect(today.get(code)?.limitUp, code).toBe(true);
    const jiuku = today.get("300955.SZ") as Judged;
    expect(jiuku.closeFen / jiuku.prevFen - 1).toBeCloseTo(0.1724, 3);
  });

  it("draws the ChiNext Index down three days, the last a spinning top, then a bullish engulfing", () => {
    type Five = [IndexBarMilli, IndexBarMilli, IndexBarMilli, IndexBarMilli, IndexBarMilli];
    const [d12, d13, d16, d17, d18] = ["2025-06-12", "2025-06-13", "2025-06-16", "2025-06-17", DAY].map((d) => bar("399006.SZ", d)) as Five;
    for (const [prev, b] of [[d12, d13], [d13, d16], [d16, d17]] as const) expect(b.close).toBeLessThan(prev.close);
    expect(d17.close / d16.close - 1).toBeCloseTo(-0.0252, 3);
    // TA-Lib CDLSPINNINGTOP: body < average body of the previous 10 bars; both shadows longer than the body.
    const range = d17.high - d17.low;
    expect(body(d17) / range).toBeLessThan(0.3);
    expect(d17.high - Math.max(d17.open, d17.close)).toBeGreaterThan(body(d17));
    expect(Math.min(d17.open, d17.close) - d17.low).toBeGreaterThan(body(d17));
    const bars = history.get("399006.SZ") as IndexBarMilli[];
    const i = bars.indexOf(d17);
    const avgBody = bars.slice(i - 10, i).reduce((s, b) => s + body(b), 0) / 10;
    expect(body(d17)).toBeLessThan(avgBody);
    // Bullish engulfing: white body around yesterday's black one; and the close reclaims 06-16's.
    expect(d17.close).toBeLessThan(d17.open);
    expect(d18.open).toBeLessThan(d17.close);
    expect(d18.close).toBeGreaterThan(d17.open);
    expect(d18.close).toBeGreaterThan(d16.close);
    expect(d18.close / d17.close - 1).toBeGreaterThan(0.03);
  });

  it("puts Lithium Battery first among sectors at its highest close since 2023-01-03", () => {
    const sectors = readIndices(DAY).filter((r) => r.kind !== "broad");
    const pct = (r: Record<string, string>) => Number(r.close) / Number(r.prev_close) - 1;
    const ranked = [...sectors].sort((a, b) => pct(b) - pct(a)).map((r) => r.code);
    expect(ranked[0]).toBe("885710.TI");
    for (const code of ["885740.TI", "885750.TI", "885720.TI", "885730.TI", "885760.TI"]) expect(ranked.indexOf(code)).toBeLessThan(8);
    for (const code of ["885770.TI", "881101.TI", "881107.TI", "885780.TI", "881102.TI"]) expect(ranked.indexOf(code)).toBeGreaterThanOrEqual(ranked.length - 6);
    const lithium = history.get("885710.TI") as IndexBarMilli[];
    const close18 = bar("885710.TI", DAY).close;
    expect(Math.max(...lithium.filter((b) => b.date < DAY).map((b) => b.close))).toBeLessThan(close18);
  });

  it("has rare earth magnets up for the 4th day running", () => {
    const closes = ["2025-06-11", "2025-06-12", "2025-06-13", "2025-06-16", "2025-06-17", DAY].map((d) => bar("885720.TI", d).close);
    const ups = closes.slice(1).map((c, k) => c > (closes[k] as number));
    expect(ups).toEqual([false, true, true, true, true]);
  });
});
