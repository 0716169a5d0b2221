import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {formatIssue} from "../../src/snapshot/issue.ts";
import {parseSnapshot} from "../../src/snapshot/parseSnapshot.ts";
import type {SnapshotFiles} from "../../src/snapshot/dayFiles.ts";
import {BASE_DIR} from "./dataDir.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

function baseFiles(): Record<string, Uint8Array> {
  const dir = join(BASE_DIR, "2025-06-24");
  return Object.fromEntries(
    ["meta.json", "stocks.csv", "indices.csv", "members.csv"].map((n) => [n, readFileSync(join(dir, n))]),
  );
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

function errors(files: SnapshotFiles): string[] {
  const parsed = parseSnapshot("2025-06-24", files);
  return parsed.ok ? [] : parsed.issues.map(formatIssue);
}

describe("parseSnapshot(folder, files)", () => {
  it("types the base snapshot: prices in fen, sorted by code", () => {
    const parsed = parseSnapshot("2025-06-24", baseFiles());
    expect(parsed.ok && parsed.warnings).toEqual([]);
    if (!parsed.ok) return;
    const {meta, stocks, indices, members} = parsed.value;
    expect(meta).toEqual({
      date: "2025-06-24",
      session: "close",
      timezone: "Asia/Shanghai",
      source: "Quotes: test fixture; compiled by Market Brief",
    });
    expect(stocks.map((s) => s.code)).toEqual(["000001.SZ", "300750.SZ", "600000.SH", "600234.SH", "688981.SH", "830799.BJ"]);
    // 13.20 → 1320 fen, built from the digits; 781234567.50 yuan kept as a number.
    expect(stocks.find((s) => s.code === "600000.SH")).toEqual({
      code: "600000.SH", name: "浦发银行", prevCloseFen: 1320, openFen: 1322, highFen: 1345, lowFen: 1315,
      closeFen: 1340, volume: 58234100, amountYuan: 781234567.5, isSt: false, listDate: "1999-11-10",
      suspended: false, upLimitFen: 1452, downLimitFen: 1188,
    });
    expect(stocks.find((s) => s.code === "830799.BJ")).toMatchObject({
      suspended: true, openFen: null, highFen: null, lowFen: null, closeFen: null, upLimitFen: null,
    });
    expect(stocks.find((s) => s.code === "600234.SH")?.isSt).toBe(true);
    expect(indices.map((i) => i.code)).toEqual(["000001.SH", "000300.SH", "399006.SZ", "881155.TI", "885431.TI"]);
    expect(indices[0]).toMatchObject({kind: "broad", prevClose: 3381.58, close: 3420.57, amountYuan: 512345678901});
    expect(indices[2]?.amountYuan).toBeNull();
    expect(members).toEqual({"881155.TI": ["000001.SZ", "600000.SH"], "885431.TI": ["300750.SZ"]});
  });

  it("accepts a byte order mark and CRLF line ends", () => {
    const files = baseFiles();
    files["stocks.csv"] = utf8(`\uFEFF${text(files["stocks.csv"]).replace(/\n/g, "\r\n")}`);
    expect(errors(files)).toEqual([]);
  });

  it("reads a .gz name (already gunzipped by the io layer) and names issues after it", () => {
    const files: SnapshotFiles = baseFiles();
    files["indices.csv.gz"] = utf8(text(files["indices.csv"]).replace("3420.570,5", "3420.57x,5"));
    delete files["indices.csv"];
    // Row 2 is 000001.SH; close is column 8.
    expect(errors(files)).toEqual([`2025-06-24/indices.csv.gz:2:8: close "3420.57x" is not an index level`]);
  });

  it("refuses both a file and its .gz", () => {
    const files: SnapshotFiles = {...baseFiles()};
    files["members.csv.gz"] = files["members.csv"];
    expect(errors(files)).toEqual([
      "2025-06-24/members.csv:1:1: both members.csv and members.csv.gz are present: expected only one of them",
    ]);
  });

  it("says a GBK file is not UTF-8, and what it reads as in GBK", () => {
    const files = baseFiles();
    // "代码" in GBK is B4 FA C2 EB; row 1 holds the first bad byte.
    files["members.csv"] = new Uint8Array([0xb4, 0xfa, 0xc2, 0xeb, 0x2c, 0x61, 0x0a]);
    expect(errors(files)).toEqual([
      `2025-06-24/members.csv:1:1: file is not UTF-8: it reads as GBK/GB18030 ("代码,a"); re-save it as UTF-8`,
    ]);
  });

  it("warns about a close beyond the stock's limit price, but not for a new listing", () => {
    const files = baseFiles();
    // 600000.SH: prev 13.20, close 15.00 → +13.6%; its limit-up is 1320 × 1.10 = 1452 fen. High raised to keep the bar valid.
    let stocks = text(files["stocks.csv"]).replace("13.22,13.45,13.15,13.40", "13.22,15.00,13.15,15.00");
    files["stocks.csv"] = utf8(stocks);
    const parsed = parseSnapshot("2025-06-24", files);
    expect(parsed.ok).toBe(true);
    expect(parsed.warnings.map(formatIssue)).toEqual([
      "2025-06-24/stocks.csv:2:7: close 15.00 is 13.6% above prev_close 13.20, beyond its limit-up price 14.52 (10% for a stock on the main board): check the prices",
    ]);
    // Listed 2025-06-01, 23 days before: may still be in its limit-free sessions.
    stocks = stocks.replace("1999-11-10", "2025-06-01");
    files["stocks.csv"] = utf8(stocks);
    expect(parseSnapshot("2025-06-24", files).warnings).toEqual([]);
  });

  it("lists at most 50 errors per file, then how many more", () => {
    const files = baseFiles();
    const rows = Array.from({length: 60}, (_, i) => `600${String(i).padStart(3, "0")}.SH,A,1.00,x,1.00,1.00,1.00,0,0,0,,0`);
    files["stocks.csv"] = utf8(["code,name,prev_close,open,high,low,close,volume,amount,is_st,list_date,suspended", ...rows].join("\n"));
    files["members.csv"] = utf8("index_code,stock_code\n");
    const list = errors(files);
    expect(list).toHaveLength(51);
    expect(list[0]).toBe(`2025-06-24/stocks.csv:2:4: open "x" is not a price`);
    // Rows 2..51 are listed; row 52 is the first left out.
    expect(list[50]).toBe("2025-06-24/stocks.csv:52:4: 10 more errors in this file not listed (only the first 50 are shown)");
  });

  // Regression: a control character in a stock's or index's name passed `npm run brief` and
  // broke the site build and the RSS XML later. One odd row must not block the day either.
  it("cleans control characters out of stock and index names, with a warning at the field", () => {
    const files = baseFiles();
    files["stocks.csv"] = utf8(text(files["stocks.csv"]).replace("浦发银行", "浦发\u202e银行\u0007"));
    files["indices.csv"] = utf8(text(files["indices.csv"]).replace("SSE Composite", "SSE\u2028Composite"));
    const parsed = parseSnapshot("2025-06-24", files);
    expect(parsed.ok, parsed.ok ? "" : parsed.issues.map(formatIssue).join("\n")).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.stocks.find((s) => s.code === "600000.SH")?.name).toBe("浦发银行");
    const warnings = parsed.warnings.map(formatIssue);
    expect(warnings).toContain('2025-06-24/stocks.csv:2:2: name "浦发\\u{202E}银行\\u{0007}" holds control characters (U+202E, U+0007), removed: read as "浦发银行"');
    expect(warnings).toContain('2025-06-24/indices.csv:2:2: name "SSE\\u{2028}Composite" holds control characters (U+2028), removed: read as "SSE Composite"');
    expect(parsed.value.indices.find((i) => i.code === "000001.SH")?.name).toBe("SSE Composite");
  });
});

