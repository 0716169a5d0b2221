import {statSync} from "node:fs";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {boardOf, type Board} from "../../src/market/board.ts";
import {createEffects} from "../../src/io/index.ts";
import {formatIssue} from "../../src/snapshot/issue.ts";
import {DATA, dayFolders, indicesHeader, judgeDay, readIndexHistory, readIndices, readStocks, type Row} from "./readSample.ts";

const {loadDay} = createEffects();

let days: string[];
let stocks: Map<string, Row[]>;

beforeAll(() => {
  days = dayFolders();
  stocks = new Map(days.map((d) => [d, readStocks(d)]));
});

describe("the committed sample's files", () => {
  it("stay small: each file under 5 MB, all of data/ under 8 MB", () => {
    const files = ["index-history.csv.gz", "securities.csv", "name-history.csv", ...days.flatMap((d) => ["meta.json", "stocks.csv.gz", "indices.csv", "members.csv"].map((f) => join(d, f)))];
    const sizes = files.map((f) => statSync(join(DATA, f)).size);
    expect(Math.max(...sizes)).toBeLessThan(5e6);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(8e6);
  });

  it("cover 26 close sessions from 2025-05-19 and the 2025-06-25 midday", () => {
    expect(days).toHaveLength(27);
    expect([days[0], days.at(-1)]).toEqual(["2025-05-19", "2025-06-25"]);
  });

  it("list stocks by code with two-decimal prices, each day's prev_close the last close", () => {
    // Collected, then asserted once: an expect per field would take seconds.
    const bad: string[] = [];
    let last = new Map<string, string>();
    for (const d of days) {
      const rows = stocks.get(d) as Row[];
      expect(rows.map((r) => r.code)).toEqual(rows.map((r) => r.code).sort());
      for (const r of rows) {
        for (const k of ["prev_close", "open", "high", "low", "close"]) if (r[k] !== "" && !/^\d+\.\d{2}$/.test(r[k] as string)) bad.push(`${d} ${r.code} ${k} ${r[k]}`);
        const prev = last.get(r.code as string);
        if (prev !== undefined && r.prev_close !== prev) bad.push(`${d} ${r.code} prev_close ${r.prev_close} after close ${prev}`);
        const [o, h, l, c] = ["open", "high", "low", "close"].map((k) => Number(r[k])) as [number, number, number, number];
        if (r.suspended === "0" && !(l <= Math.min(o, c) && Math.max(o, c) <= h)) bad.push(`${d} ${r.code} OHLC ${o} ${h} ${l} ${c}`);
      }
      last = new Map(rows.map((r) => [r.code as string, r.suspended === "1" ? (r.prev_close as string) : (r.close as string)]));
    }
    expect(bad).toEqual([]);
  });

  it("has every board in realistic proportions, about 150 ST, a few unknown ST, about 20 suspended", () => {
    const rows = stocks.get("2025-06-24") as Row[];
    const count = (b: Board) => rows.filter((r) => boardOf(r.code as string) === b).length;
    expect(rows.length).toBeGreaterThanOrEqual(5000);
    expect(count("main")).toBeGreaterThan(3100);
    expect(count("chinext")).toBeGreaterThan(1300);
    expect(count("star")).toBeGreaterThan(550);
    expect(count("bse")).toBeGreaterThan(250);
    expect(rows.filter((r) => r.is_st === "1").length).toBeGreaterThan(140);
    expect(rows.filter((r) => r.is_st === "").length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((r) => r.suspended === "1").length).toBeGreaterThanOrEqual(15);
    // Names as traded, in Chinese; one keeps Latin letters and "&" the way TCL科技 keeps its letters.
    const names = rows.map((r) => r.name as string);
    expect(names.every((n) => /[\u4e00-\u9fff]/.test(n))).toBe(true);
    expect(names.some((n) => n.includes("&"))).toBe(true);
  });

  it("writes vendor limit prices on the last five close sessions only", () => {
    for (const d of days) {
      const withVendor = "up_limit" in ((stocks.get(d) as Row[])[0] as Row);
      expect(withVendor, d).toBe(d >= "2025-06-18" && d <= "2025-06-24");
    }
  });

  it("has ordinary limit activity every day: 20–120 limit-ups, broken and one-price boards, limit-downs", () => {
    const calendar = [...new Set([...(readIndexHistory().get("000001.SH") ?? []).map((b) => b.date), ...days])].sort();
    for (const d of days.filter((x) => x !== "2025-06-25")) {
      const judged = [...judgeDay(d, calendar).values()].filter((s) => s.headline);
      const up = judged.filter((s) => s.limitUp);
      expect(up.length, d).toBeGreaterThanOrEqual(20);
      expect(up.length, d).toBeLessThanOrEqual(120);
      expect(judged.filter((s) => s.broken).length, d).toBeGreaterThan(0);
      expect(up.filter((s) => s.openFen === s.closeFen && s.highFen === s.closeFen && s.lowFen === s.closeFen).length, d).toBeGreaterThan(0);
      expect(judged.filter((s) => s.limitDown).length, d).toBeGreaterThan(0);
    }
  });

  it("has new listings without a limit on 2025-06-24 on ChiNext, STAR and the main board, and a Beijing first day", () => {
    const fresh = (stocks.get("2025-06-24") as Row[]).filter((r) => (r.list_date as string) >= "2025-06-18");
    expect(new Set(fresh.map((r) => boardOf(r.code as string)))).toEqual(new Set(["main", "chinext", "star", "bse"]));
    expect(fresh.find((r) => r.code?.endsWith(".BJ"))?.list_date).toBe("2025-06-24");
  });

  it("has 5 broad indices and 40+ sector and concept indices with three-decimal levels", () => {
    const rows = readIndices("2025-06-24");
    expect(rows.filter((r) => r.kind === "broad").map((r) => r.code)).toEqual(["000001.SH", "000300.SH", "000688.SH", "399001.SZ", "399006.SZ"]);
    expect(rows.filter((r) => r.kind === "broad").map((r) => [r.name, r.name_en])).toEqual([
      ["上证指数", "SSE Composite"], ["沪深300", "CSI 300"], ["科创50", "STAR 50"], ["深证成指", "SZSE Component"], ["创业板指", "ChiNext Index"],
    ]);
    expect(rows.filter((r) => r.kind !== "broad").length).toBeGreaterThanOrEqual(40);
    for (const r of rows) expect(r.close).toMatch(/^\d+\.\d{3}$/);
    // Sector names in Chinese as Flush iFind gives them, English beside them.
    for (const r of rows.filter((x) => x.kind !== "broad")) {
      expect(r.name, r.code).toMatch(/[\u4e00-\u9fff]/);
      expect(r.name_en, r.code).toMatch(/^[A-Za-z][\x20-\x7e]*$/);
    }
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
    // The English name is the last column, as the importers write it.
    expect(indicesHeader("2025-06-24")).toEqual(["code", "name", "kind", "prev_close", "open", "high", "low", "close", "amount", "name_en"]);
    const history = readIndexHistory();
    expect(history.get("886032.TI")?.[0]?.date).toBe("2023-01-03");
  });

  it("loads through loadDay without errors or warnings (2025-06-25 validates every earlier folder too)", async () => {
    const day = await loadDay(DATA, "2025-06-25");
    expect(day.ok ? [] : day.issues.map(formatIssue)).toEqual([]);
    expect(day.warnings.map(formatIssue)).toEqual([]);
  });
});
