import {describe, expect, it} from "vitest";
import {readListings} from "../../src/import/akshareListings.ts";
import {masterFiles} from "../../src/import/masterFiles.ts";
import {mergeListings} from "../../src/import/mergeListings.ts";
import {EMPTY_MASTER, type SecurityMaster} from "../../src/market/securityMaster.ts";
import {formatIssue} from "../../src/snapshot/issue.ts";
import {parseMaster} from "../../src/snapshot/parseMaster.ts";
import {fixture} from "./helpers.ts";

const listingFiles = () => ({
  sh: fixture("listings/stock_info_sh_name_code.csv"),
  sz: fixture("listings/stock_info_sz_name_code.csv"),
  bj: fixture("listings/stock_info_bj_name_code.csv"),
});

describe("readListings(files)", () => {
  it("reads the three exchanges' layouts, padded codes and names, and three date forms", () => {
    const {listings, logs} = readListings(listingFiles());
    expect(logs.flatMap((l) => [...l.errors(), ...l.warnings()])).toEqual([]);
    expect(listings.map(({code, name, listDate}) => `${code} ${name} ${listDate}`)).toEqual([
      "600000.SH 浦发银行 1999-11-10", "600234.SH *ST科新 1993-06-08", "600519.SH 贵州茅台 2001-08-27",
      "688729.SH 屹唐股份 2025-07-08", "688981.SH 中芯国际 2020-07-16",
      "000001.SZ 平安银行 1991-04-03", "000002.SZ 万科Ａ 1991-01-29", "300750.SZ 宁德时代 2018-06-11",
      "302132.SZ 中航成飞 2010-08-27", "830799.BJ 艾融软件 2019-12-27", "920002.BJ 万达轴承 2024-05-30",
    ]);
  });

  it("reads the source's SH layout (扩位证券简称) and warns of bad dates, B shares and repeats, row by row", () => {
    const sh = "证券代码,证券简称,扩位证券简称,上市日期\n600000,浦发银行,浦发银行,1999/11/10\n900901,云赛Ｂ股,云赛智联B股,1992-07-28\n600000,浦发银行,浦发银行,1999-11-10\n";
    const {listings, logs} = readListings({sh: {name: "sh.csv", bytes: new TextEncoder().encode(sh)}});
    expect(listings).toEqual([{code: "600000.SH", name: "浦发银行", listDate: null, file: "sh.csv", row: 2, dateColumn: 4}]);
    expect(logs.flatMap((l) => l.warnings()).map(formatIssue)).toEqual([
      "sh.csv:1:1: left out 2 rows: 1 a repeated code, 1 not an A-share code",
      `sh.csv:2:4: 上市日期 "1999/11/10" is not a date: expected YYYY-MM-DD, YYYYMMDD or YYYY-MM-DD 00:00:00: listing date left empty`,
      `sh.csv:3:1: 证券代码 "900901" (900901.SH) is on no A-share board we cover: left out`,
      "sh.csv:4:1: 600000.SH is listed before, at sh.csv:2: left out",
    ]);
  });

  it("fails a file without the code, name or date column", () => {
    const {logs} = readListings({bj: {name: "bj.csv", bytes: new TextEncoder().encode("证券代码,证券简称\n920002,万达轴承\n")}});
    expect(logs.flatMap((l) => l.errors()).map(formatIssue)).toEqual([
      `bj.csv:1:3: missing column "上市日期": expected a header with 证券代码,证券简称,上市日期`,
    ]);
  });
});

describe("mergeListings(master, listings, date)", () => {
  const spell = (name: string, from: string, to: string | null = null) => ({name, from, to});
  const before: SecurityMaster = {
    securities: new Map([
      ["600000.SH", {code: "600000.SH", name: "浦发银行", nameEn: "SPDB", listDate: null, delistDate: null}],
      ["600234.SH", {code: "600234.SH", name: "科新发展", nameEn: null, listDate: "1993-06-08", delistDate: null}],
      ["000001.SZ", {code: "000001.SZ", name: "平安银行", nameEn: "Ping An Bank", listDate: "1991-04-03", delistDate: null}],
      ["300750.SZ", {code: "300750.SZ", name: "宁德时代", nameEn: "CATL", listDate: "2018-06-12", delistDate: null}],
    ]),
    names: new Map([
      ["600234.SH", [spell("科新发展", "2015-01-01")]],
      ["000001.SZ", [spell("深发展Ａ", "1991-04-03", "2012-07-31"), spell("平安银行", "2012-08-02")]],
    ]),
  };

  it("adds new codes, fills listing dates, renames from the import date, keeps English names", () => {
    const {listings} = readListings(listingFiles());
    const merged = mergeListings(before, listings, "2025-07-09");
    // 11 listed, 4 of them known: 7 added
    expect(merged.changes).toEqual({added: 7, listDatesFilled: 1, renamed: 1});
    const s = merged.master.securities;
    expect(s.get("600000.SH")).toEqual({code: "600000.SH", name: "浦发银行", nameEn: "SPDB", listDate: "1999-11-10", delistDate: null});
    expect(s.get("688729.SH")).toEqual({code: "688729.SH", name: "屹唐股份", nameEn: null, listDate: "2025-07-08", delistDate: null});
    // 科新发展 became *ST科新: the old spell ends 2025-07-08, the day before the import date
    expect(s.get("600234.SH")?.name).toBe("*ST科新");
    expect(merged.master.names.get("600234.SH")).toEqual([spell("科新发展", "2015-01-01", "2025-07-08"), spell("*ST科新", "2025-07-09")]);
    // A new code's name is known from the day of the export, not from its listing
    expect(merged.master.names.get("600519.SH")).toEqual([spell("贵州茅台", "2025-07-09")]);
    // Unchanged names keep their history
    expect(merged.master.names.get("000001.SZ")).toEqual(before.names.get("000001.SZ"));
    expect(merged.warnings.map(formatIssue)).toEqual([
      "listings/stock_info_sz_name_code.csv:4:4: listing date 2018-06-11 differs from the security master's 2018-06-12 for 300750.SZ: the master's is kept",
    ]);
  });

  it("round-trips through the files parseMaster reads", () => {
    const {listings} = readListings(listingFiles());
    const {master} = mergeListings(before, listings, "2025-07-09");
    const files = masterFiles(master);
    const encode = (text: string) => new TextEncoder().encode(text);
    const parsed = parseMaster({
      securities: {file: "securities.csv", bytes: encode(files["securities.csv"])},
      nameHistory: {file: "name-history.csv", bytes: encode(files["name-history.csv"])},
    });
    expect(parsed.ok && parsed.value).toEqual(master);
    expect(files["securities.csv"].split("\n").slice(0, 3)).toEqual([
      "code,name,name_en,list_date,delist_date",
      "000001.SZ,平安银行,Ping An Bank,1991-04-03,",
      "000002.SZ,万科Ａ,,1991-01-29,",
    ]);
  });

  it("replaces a name opened on the import date itself, and leaves a history that runs past it alone", () => {
    const listing = {code: "600234.SH", name: "ST科新", listDate: "1993-06-08", file: "sh.csv", row: 2, dateColumn: 4};
    const once = mergeListings(before, [{...listing, name: "*ST科新"}], "2025-07-09");
    const twice = mergeListings(once.master, [listing], "2025-07-09");
    expect(twice.master.names.get("600234.SH")).toEqual([spell("科新发展", "2015-01-01", "2025-07-08"), spell("ST科新", "2025-07-09")]);
    const older = mergeListings(twice.master, [{...listing, name: "科新发展"}], "2025-07-01");
    expect(older.master).toEqual(twice.master);
    expect(older.warnings.map(formatIssue)).toEqual([
      `sh.csv:2:1: 600234.SH is named "科新发展" here, but its name history already runs to 2025-07-09: name not changed`,
    ]);
  });

  it("starts a stock listed after the import date on its listing date", () => {
    const listing = {code: "603262.SH", name: "技源集团", listDate: "2025-07-29", file: "sh.csv", row: 2, dateColumn: 4};
    const {master} = mergeListings(EMPTY_MASTER, [listing], "2025-07-09");
    expect(master.names.get("603262.SH")).toEqual([spell("技源集团", "2025-07-29")]);
  });
});
