import {describe, expect, it} from "vitest";
import {snapshotFiles} from "../../src/import/snapshotFiles.ts";
import {fromTushare} from "../../src/import/tushare.ts";
import {broadIndex} from "../../src/market/broadIndices.ts";
import {formatIssue} from "../../src/snapshot/issue.ts";
import {parseSnapshot} from "../../src/snapshot/parseSnapshot.ts";
import {baseSnapshot, fixture} from "./helpers.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

function importFixtures() {
  return fromTushare({
    date: "2025-06-24",
    daily: fixture("daily.csv"),
    basic: fixture("stock_basic.csv"),
    limits: fixture("stk_limit.csv"),
    indexDaily: fixture("index_daily.csv"),
    // 830799.BJ was suspended on 2025-06-23 too, at 30.00.
    previousCloseFen: new Map([["830799.BJ", 3000]]),
  });
}

describe("fromTushare(input)", () => {
  it("reproduces the base snapshot's stocks: lots ×100, thousand yuan ×1000, ST from the name", () => {
    const imported = importFixtures();
    if (!imported.ok) throw new Error(imported.issues.map(formatIssue).join("\n"));
    // 781234.5675 thousand yuan = 781234567.5 yuan; 582341 lots = 58234100 shares.
    expect(imported.value.stocks).toEqual(baseSnapshot().stocks);
    expect(imported.value.meta.source).toBe("Tushare Pro");
  });

  it("writes the listed stock with no daily row as suspended at its last close", () => {
    const imported = importFixtures();
    const bj = imported.ok ? imported.value.stocks.find((s) => s.code === "830799.BJ") : undefined;
    expect(bj).toMatchObject({suspended: true, prevCloseFen: 3000, closeFen: null, volume: 0, upLimitFen: null});
  });

  it("keeps the broad indices of the day from index_daily, levels rounded to 3 decimals", () => {
    const imported = importFixtures();
    if (!imported.ok) throw new Error("invalid");
    // Names come from the broad-index catalogue: as traded in Chinese, and in English.
    const base = baseSnapshot()
      .indices.filter((i) => i.kind === "broad")
      .map((i) => ({...i, name: broadIndex(i.code)?.nameZh, nameEn: broadIndex(i.code)?.name}));
    // 3420.5699 → 3420.570; 512345678.901 thousand yuan → 512345678901 yuan; 000300.SH of 06-23 skipped.
    expect(imported.value.indices).toEqual(base);
  });

  it("warns about what it leaves out: a B share, an index it has no name for, a stock not yet listed is silent", () => {
    const imported = importFixtures();
    expect(imported.warnings.map(formatIssue)).toEqual([
      "daily.csv:7:1: ts_code \"900901.SH\" is on no A-share board we cover: left out",
      "index_daily.csv:6:1: ts_code \"881155.TI\" is not one of the broad indices (000001.SH, 399001.SZ, 399006.SZ, 000688.SH, 000300.SH): left out",
    ]);
  });

  it("round-trips through our files: what it writes parses back to the same snapshot", () => {
    const imported = importFixtures();
    if (!imported.ok) throw new Error("invalid");
    const files = Object.fromEntries(Object.entries(snapshotFiles(imported.value)).map(([n, t]) => [n, utf8(t)]));
    const parsed = parseSnapshot("2025-06-24", files);
    expect(parsed.ok && parsed.value).toEqual(imported.value);
  });

  it("leaves out a suspended stock whose last close is unknown, with a warning on its stock_basic row", () => {
    const imported = fromTushare({date: "2025-06-24", daily: fixture("daily.csv"), basic: fixture("stock_basic.csv")});
    expect(imported.ok && imported.value.stocks.map((s) => s.code)).not.toContain("830799.BJ");
    expect(imported.warnings.map(formatIssue)).toContain(
      "stock_basic.csv:7:1: 830799.BJ has no row in daily.csv (suspended?) and no earlier close is known: left out",
    );
  });

  it("reports bad rows of the vendor files by their own file, row and column", () => {
    const daily = new TextDecoder().decode(fixture("daily.csv").bytes)
      .replace("20250624,13.22,13.45,13.15", "20250624,13.22,13.10,13.15") // row 2: high below low
      .replace("000001.SZ,20250624", "000001.SZ,20250623") // row 3: another day
      .replace("123456.0,3187654.321", "12x,3187654.321"); // row 4: volume
    const imported = fromTushare({date: "2025-06-24", daily: {name: "daily.csv", bytes: utf8(daily)}, basic: fixture("stock_basic.csv")});
    expect(imported.ok ? [] : imported.issues.map(formatIssue)).toEqual([
      `daily.csv:2:4: high "13.10" is below low "13.15"`,
      `daily.csv:3:2: trade_date "20250623" is not the import date: expected 20250624`,
      `daily.csv:4:10: vol "12x" is not a volume in lots`,
    ]);
  });

  it("requires every traded stock to be in stock_basic", () => {
    const basic = new TextDecoder().decode(fixture("stock_basic.csv").bytes).replace(/^688981\.SH.*\n/m, "");
    const imported = fromTushare({date: "2025-06-24", daily: fixture("daily.csv"), basic: {name: "basic.csv", bytes: utf8(basic)}});
    expect(imported.ok ? [] : imported.issues.map(formatIssue)).toEqual([
      `daily.csv:5:1: ts_code "688981.SH" is not in basic.csv: expected every traded stock listed there`,
    ]);
  });
});
