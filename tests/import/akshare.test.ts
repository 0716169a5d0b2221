import {describe, expect, it} from "vitest";
import {fromAkshare} from "../../src/import/akshare.ts";
import {formatIssue} from "../../src/snapshot/issue.ts";
import {baseSnapshot, fixture} from "./helpers.ts";

describe("fromAkshare(input)", () => {
  it("reproduces the base snapshot's stocks but for listing dates and vendor limits", () => {
    const imported = fromAkshare({date: "2025-06-24", spot: fixture("spot.csv")});
    if (!imported.ok) throw new Error(imported.issues.map(formatIssue).join("\n"));
    // Codes get their suffix by first digit: 600000 → .SH, 000001 → .SZ, 830799 → .BJ.
    const expected = baseSnapshot().stocks.map((s) => ({...s, listDate: null, upLimitFen: null, downLimitFen: null}));
    expect(imported.value.stocks).toEqual(expected);
    expect(imported.value.meta).toEqual({date: "2025-06-24", session: "close", timezone: "Asia/Shanghai", source: "AKShare (East Money)"});
    expect(imported.value.indices).toEqual([]);
    expect(imported.warnings).toEqual([]);
  });

  it("marks a midday export as such", () => {
    const imported = fromAkshare({date: "2025-06-24", spot: fixture("spot.csv"), session: "midday"});
    expect(imported.ok && imported.value.meta.session).toBe("midday");
  });

  it("says a GBK export is not UTF-8, showing its header as GBK reads it", () => {
    const imported = fromAkshare({date: "2025-06-24", spot: fixture("spot-gbk.csv")});
    expect(imported.ok ? [] : imported.issues.map(formatIssue)).toEqual([
      `spot-gbk.csv:1:1: file is not UTF-8: it reads as GBK/GB18030 ("序号,代码,名称,最新价,涨跌幅,涨跌额,成交量,成交额,振幅,最高,最低,今开"); re-save it as UTF-8`,
    ]);
  });

  it("reports a code it cannot place and a price that is not one", () => {
    const text = new TextDecoder().decode(fixture("spot.csv").bytes)
      .replace("1,600000,浦发银行,13.4", "1,500000,浦发银行,13.4") // row 2: 5 is no exchange
      .replace("2,000001,平安银行,11.68", "2,000001,平安银行,11.6.8"); // row 3: 最新价
    const imported = fromAkshare({date: "2025-06-24", spot: {name: "spot.csv", bytes: new TextEncoder().encode(text)}});
    expect(imported.ok ? [] : imported.issues.map(formatIssue)).toEqual([
      `spot.csv:2:2: 代码 "500000" is not a stock code: expected six digits starting 0, 3, 4, 6, 8 or 9`,
      `spot.csv:3:4: 最新价 "11.6.8" is not a price`,
    ]);
  });
});
