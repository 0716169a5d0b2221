import {describe, expect, it} from "vitest";
import {snapshotFiles} from "../../src/import/snapshotFiles.ts";
import {fromTushare} from "../../src/import/tushare.ts";
import {broadIndex} from "../../src/market/broadIndices.ts";
import type {SecurityMaster} from "../../src/market/securityMaster.ts";
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

  it("takes the name traded that day from the master's dated names, for the name and for ST", () => {
    const master: SecurityMaster = {
      securities: new Map([["688981.SH", {code: "688981.SH", name: "中芯国际", nameEn: null, listDate: "2020-07-16", delistDate: null}]]),
      names: new Map([
        // Made-up spells around the day: 600000.SH under a risk warning, 600234.SH not (yet).
        ["600000.SH", [{name: "浦发银行", from: "1999-11-10", to: "2025-05-31"}, {name: "ST浦发", from: "2025-06-01", to: null}]],
        ["600234.SH", [{name: "科新发展", from: "2000-06-15", to: "2025-06-24"}, {name: "*ST科新", from: "2025-06-25", to: null}]],
      ]),
    };
    // 688981.SH's list_date left empty in stock_basic: the master's fills it.
    const basic = new TextDecoder().decode(fixture("stock_basic.csv").bytes).replace("半导体,科创板,20200716", "半导体,科创板,");
    const imported = fromTushare({date: "2025-06-24", daily: fixture("daily.csv"), basic: {name: "stock_basic.csv", bytes: utf8(basic)}, master});
    if (!imported.ok) throw new Error(imported.issues.map(formatIssue).join("\n"));
    const byCode = new Map(imported.value.stocks.map((s) => [s.code, s]));
    expect(byCode.get("600000.SH")).toMatchObject({name: "ST浦发", isSt: true});
    expect(byCode.get("600234.SH")).toMatchObject({name: "科新发展", isSt: false});
    // No dated name for 000001.SZ: stock_basic's current one.
    expect(byCode.get("000001.SZ")).toMatchObject({name: "平安银行", isSt: false});
    expect(byCode.get("688981.SH")?.listDate).toBe("2020-07-16");
  });

  it("leaves out stocks delisted by the day, by delist_date or by list_status D without one", () => {
    const basic = [
      "ts_code,name,list_date,list_status,delist_date",
      "600000.SH,浦发银行,19991110,L,",
      "600087.SH,退市长油,19970612,D,20140605",
      "600001.SH,邯郸钢铁,19980122,D,",
      "600002.SH,齐鲁石化,19980408,D,20250625",
      "",
    ].join("\n");
    const daily = "ts_code,trade_date,open,high,low,close,pre_close,vol,amount\n600000.SH,20250624,13.22,13.45,13.15,13.4,13.2,582341.0,781234.5675\n";
    const imported = fromTushare({
      date: "2025-06-24",
      daily: {name: "daily.csv", bytes: utf8(daily)},
      basic: {name: "basic.csv", bytes: utf8(basic)},
      previousCloseFen: new Map([["600002.SH", 500]]),
    });
    // 600002.SH leaves the exchange the day after: suspended at its last close on the day.
    expect(imported.ok && imported.value.stocks.map((s) => [s.code, s.suspended])).toEqual([["600000.SH", false], ["600002.SH", true]]);
    expect(imported.warnings).toEqual([]);
  });
});
