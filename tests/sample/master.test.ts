import {readFileSync} from "node:fs";
import {join} from "node:path";
import {beforeAll, describe, expect, it} from "vitest";
import {boardOf} from "../../src/market/board.ts";
import {exchangeSessions} from "../../src/market/calendar.ts";
import {listingMarkIn, riskWarningIn} from "../../src/market/nameMarks.ts";
import {nameOn, type SecurityMaster} from "../../src/market/securityMaster.ts";
import {formatIssue} from "../../src/snapshot/issue.ts";
import {parseMaster} from "../../src/snapshot/parseMaster.ts";
import {DATA, dayFolders, readNameHistory, readSecurities, readStocks, type Row} from "./readSample.ts";

let days: string[];
let stocks: Map<string, Row[]>;
let securities: Map<string, Row>;
let master: SecurityMaster;

const file = (name: string) => ({file: name, bytes: readFileSync(join(DATA, name))});
const CJK = /[\u4e00-\u9fff]/;

beforeAll(() => {
  days = dayFolders();
  stocks = new Map(days.map((d) => [d, readStocks(d)]));
  securities = new Map(readSecurities().map((r) => [r.code as string, r]));
  const parsed = parseMaster({securities: file("securities.csv"), nameHistory: file("name-history.csv")});
  if (!parsed.ok) throw new Error(parsed.issues.map(formatIssue).join("\n"));
  master = parsed.value;
});

let sessionIndex: Map<string, number>;

/** Sessions since listing on `date` on the exchanges' calendar, the listing day being 1. */
function sessionsOn(listDate: string, date: string): number {
  sessionIndex ??= new Map(exchangeSessions().map((d, i) => [d, i]));
  return (sessionIndex.get(date) as number) - (sessionIndex.get(listDate) as number) + 1;
}

/** The exchanges' rule: C on sessions 2–5 of ChiNext (from 2020-08-24), STAR and main-board (from 2023-04-10) listings; Beijing never. */
function registrationBased(code: string, listDate: string): boolean {
  const board = boardOf(code);
  return board === "star" || (board === "chinext" && listDate >= "2020-08-24") || (board === "main" && listDate >= "2023-04-10");
}

/** Bytes of a name in the exchanges' eight-byte field: two for a Chinese character, one for an ASCII one. */
const gbBytes = (name: string) => [...name].reduce((n, ch) => n + (ch.charCodeAt(0) < 128 ? 1 : 2), 0);

describe("the committed sample's security master", () => {
  it("parses with parseMaster without issues, one security per stock of the last day", () => {
    expect(master.securities.size).toBe((stocks.get("2025-06-25") as Row[]).length);
    expect(master.names.size).toBe(master.securities.size);
  });

  it("holds every stock of every day with an English name and the day's list_date", () => {
    const bad: string[] = [];
    for (const [d, rows] of stocks) {
      for (const r of rows) {
        const s = securities.get(r.code as string);
        if (!s) bad.push(`${d} ${r.code} not in securities.csv`);
        else if (s.name_en === "" || CJK.test(s.name_en as string)) bad.push(`${d} ${r.code} name_en "${s.name_en}"`);
        else if (s.list_date !== r.list_date || s.delist_date !== "") bad.push(`${d} ${r.code} dates ${s.list_date} ${s.delist_date}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("keeps the awkward English names that later stages must escape", () => {
    const en = [...securities.values()].map((s) => s.name_en as string);
    expect(en.some((n) => n.includes("&") && n.includes("'"))).toBe(true);
    expect(en.some((n) => n.includes(","))).toBe(true);
  });

  it("gives each day's traded name in stocks.csv as the name in force that day, and today's in securities.csv", () => {
    const bad: string[] = [];
    for (const [d, rows] of stocks) for (const r of rows) if (nameOn(master, r.code as string, d) !== r.name) bad.push(`${d} ${r.code} ${r.name}`);
    expect(bad).toEqual([]);
    for (const r of stocks.get("2025-06-25") as Row[]) if (securities.get(r.code as string)?.name !== r.name) bad.push(`${r.code} ${r.name}`);
    expect(bad).toEqual([]);
  });

  it("dates every ST stock's warning before the sample, with its plain name before it", () => {
    const st = (stocks.get("2025-05-19") as Row[]).filter((r) => r.is_st === "1");
    expect(st.length).toBeGreaterThan(140);
    for (const r of st) {
      const spells = master.names.get(r.code as string) ?? [];
      const last = spells.at(-1);
      expect(last && riskWarningIn(last.name) !== null && last.to === null && last.from < "2025-05-19", r.code).toBe(true);
      const before = spells.at(-2);
      expect(before && riskWarningIn(before.name) === null && before.to !== null && before.to < (last?.from as string), r.code).toBe(true);
    }
  });
});

describe("the committed sample's names as traded (stocks.csv)", () => {
  it("are Chinese short names within the exchanges' eight bytes, unique each day", () => {
    const bad: string[] = [];
    for (const [d, rows] of stocks) {
      const names = rows.map((r) => r.name as string);
      if (new Set(names).size !== names.length) bad.push(`${d} repeats a name`);
      for (const n of names) if (!CJK.test(n) || gbBytes(n) > 8) bad.push(`${d} ${n}`);
    }
    expect(bad).toEqual([]);
  });

  it("carry ST or *ST exactly when is_st is 1, and N or C exactly as list_date gives by the exchanges' rules", () => {
    const bad: string[] = [];
    const marks = {N: 0, C: 0};
    for (const [d, rows] of stocks) {
      for (const r of rows) {
        const name = r.name as string;
        const mark = listingMarkIn(name);
        if (mark) marks[mark] += 1;
        // An unknown is_st is a stock whose status the file withholds; the sample's are not ST.
        if ((riskWarningIn(name) !== null) !== (r.is_st === "1")) bad.push(`${d} ${r.code} ${name} is_st ${r.is_st}`);
        const n = sessionsOn(r.list_date as string, d);
        const want = n === 1 ? "N" : n <= 5 && registrationBased(r.code as string, r.list_date as string) ? "C" : null;
        if (mark !== want) bad.push(`${d} ${r.code} ${name} session ${n}`);
      }
    }
    expect(bad).toEqual([]);
    // Nine listings inside the sample, one N each. C: 001395.SZ (05-21) 4, 688781.SH (05-28) 4,
    // 688793.SH (06-06) 4, 301626.SZ (06-09) 4, 001388.SZ (06-13) 4, 688755.SH (06-19) 4 through
    // 06-25, 301598.SZ (06-20) 3, 603382.SH (06-23) 2, 920116.BJ (Beijing) 0: 29.
    expect(marks).toEqual({N: 9, C: 29});
  });

  it("name Jingxue Energy Saving (STAR, listed Fri 2025-06-06) N, then C for sessions 2–5, then 晶雪节能", () => {
    // Sessions: 06-06 (1), 06-09 (2), 06-10, 06-11, 06-12 (5), 06-13 (6).
    const on = (d: string) => (stocks.get(d) as Row[]).find((r) => r.code === "688793.SH")?.name;
    expect(["2025-06-06", "2025-06-09", "2025-06-12", "2025-06-13"].map(on)).toEqual(["N晶雪", "C晶雪", "C晶雪", "晶雪节能"]);
    expect(securities.get("688793.SH")).toMatchObject({name: "晶雪节能", name_en: "Jingxue Energy Saving", list_date: "2025-06-06"});
  });

  it("give the Beijing listing of 2025-06-24 an N on its first day and no mark on its second", () => {
    const on = (d: string) => (stocks.get(d) as Row[]).find((r) => r.code === "920116.BJ")?.name as string;
    expect(listingMarkIn(on("2025-06-24"))).toBe("N");
    expect(listingMarkIn(on("2025-06-25"))).toBe(null);
    expect(on("2025-06-25").startsWith(on("2025-06-24").slice(1))).toBe(true);
  });

  it("name the story's stocks as the exchanges do", () => {
    expect(securities.get("002125.SZ")).toMatchObject({name: "湘潭电化", name_en: "Xiangtan Electrochemical"});
    expect(securities.get("300750.SZ")).toMatchObject({name: "宁德时代", name_en: "CATL"});
    expect(securities.get("000001.SZ")).toMatchObject({name: "平安银行", name_en: "Ping An Bank"});
  });
});
