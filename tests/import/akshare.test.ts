import {describe, expect, it} from "vitest";
import {fromAkshare} from "../../src/import/akshare.ts";
import type {SecurityMaster} from "../../src/market/securityMaster.ts";
import {formatIssue} from "../../src/snapshot/issue.ts";
import type {StockQuote} from "../../src/snapshot/types.ts";
import {baseSnapshot, fixture} from "./helpers.ts";

const real = (name: string) => fixture(`real/${name}`);

function stocksOf(imported: ReturnType<typeof fromAkshare>): Map<string, StockQuote> {
  if (!imported.ok) throw new Error(imported.issues.map(formatIssue).join("\n"));
  return new Map(imported.value.stocks.map((s) => [s.code, s]));
}

const SUSPENDED = {openFen: null, highFen: null, lowFen: null, closeFen: null, volume: 0, amountYuan: 0, suspended: true};

describe("fromAkshare(input)", () => {
  it("reproduces the base snapshot's stocks but for listing dates and vendor limits", () => {
    const imported = fromAkshare({date: "2025-06-24", spot: fixture("spot.csv")});
    if (!imported.ok) throw new Error(imported.issues.map(formatIssue).join("\n"));
    // Codes get their suffix by first digit: 600000 → .SH, 000001 → .SZ, 830799 → .BJ.
    const expected = baseSnapshot().stocks.map((s) => ({...s, listDate: null, upLimitFen: null, downLimitFen: null}));
    expect(imported.value.stocks).toEqual(expected);
    expect(imported.value.meta).toEqual({date: "2025-06-24", session: "close", timezone: "Asia/Shanghai", source: "AKShare (East Money)"});
    expect(imported.value.indices).toEqual([]);
    expect(imported.warnings.map(formatIssue)).toEqual([
      "spot.csv:1:1: wrote 1 row as suspended: 1 not trading (no 最新价)",
      "spot.csv:7:4: 最新价 is empty: not trading today, written as suspended at 昨收 30.00",
    ]);
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

  it("leaves out, with one warning each, a code it cannot place, a price that is not one and a repeated code", () => {
    const text = new TextDecoder().decode(fixture("spot.csv").bytes)
      .replace("1,600000,浦发银行,13.4", "1,500000,浦发银行,13.4") // row 2: 5 is no exchange
      .replace("2,000001,平安银行,11.68", "2,000001,平安银行,11.6.8") // row 3: 最新价
      .replace("4,688981,", "4,300750,"); // row 5 repeats row 4's code
    const imported = fromAkshare({date: "2025-06-24", spot: {name: "spot.csv", bytes: new TextEncoder().encode(text)}});
    expect(imported.ok).toBe(true);
    expect(imported.ok && imported.value.stocks.map((s) => s.code)).toEqual(["300750.SZ", "600234.SH", "830799.BJ"]);
    expect(imported.warnings.map(formatIssue)).toEqual([
      "spot.csv:1:1: left out 3 rows: 1 a repeated code, 1 a value that is not valid, 1 not a stock code; wrote 1 row as suspended: 1 not trading (no 最新价)",
      `spot.csv:2:2: 代码 "500000" is not a stock code: expected six digits starting 0, 3, 4, 6, 8 or 9: left out`,
      `spot.csv:3:4: 最新价 "11.6.8" is not a price: left out`,
      `spot.csv:5:2: 代码 "300750" repeats row 4: left out`,
      "spot.csv:7:4: 最新价 is empty: not trading today, written as suspended at 昨收 30.00",
    ]);
  });

  it("takes listing dates from the security master, and none it dates after the trade date", () => {
    const security = (code: string, listDate: string) => [code, {code, name: "x", nameEn: null, listDate, delistDate: null}] as const;
    const master: SecurityMaster = {
      securities: new Map([security("600000.SH", "1999-11-10"), security("300750.SZ", "2030-01-01")]),
      names: new Map(),
    };
    const stocks = stocksOf(fromAkshare({date: "2025-06-24", spot: fixture("spot.csv"), master}));
    expect(stocks.get("600000.SH")?.listDate).toBe("1999-11-10");
    expect(stocks.get("300750.SZ")?.listDate).toBe(null);
    expect(stocks.get("000001.SZ")?.listDate).toBe(null);
  });
});

describe("fromAkshare on an excerpt of a real East Money export (stock_zh_a_spot_em, 2025-07-09)", () => {
  const imported = fromAkshare({date: "2025-07-09", spot: real("em_spot_2025-07-09.csv")});
  const stocks = stocksOf(imported);

  it("reads CRLF lines and turns lots into shares", () => {
    // 000001 平安银行: 成交量 1,205,963 lots × 100 = 120,596,300 shares; 成交额 is yuan already
    expect(stocks.get("000001.SZ")).toEqual({
      code: "000001.SZ", name: "平安银行", isSt: false, prevCloseFen: 1269, openFen: 1266, highFen: 1290, lowFen: 1266,
      closeFen: 1284, volume: 120_596_300, amountYuan: 1_542_699_034.65, suspended: false, listDate: null,
      upLimitFen: null, downLimitFen: null,
    });
    // 五 粮 液: 203,496 lots = 20,349,600 shares
    expect(stocks.get("000858.SZ")?.volume).toBe(20_349_600);
  });

  it("places every code on its exchange: 302 ChiNext, 689 STAR, 920 and old 43x/83x Beijing", () => {
    expect([...stocks.keys()].filter((c) => /^(302|689|920|43|83)/.test(c))).toEqual(
      ["302132.SZ", "430017.BJ", "689009.SH", "831039.BJ", "839680.BJ", "920002.BJ"],
    );
    expect(stocks.size).toBe(23); // 26 rows less 3 not listed
  });

  it("drops the padding spaces from names and keeps every mark", () => {
    const names = ["000858.SZ", "000002.SZ", "000528.SZ", "000514.SZ", "603151.SH", "688592.SH", "689009.SH", "688235.SH", "688729.SH"]
      .map((c) => stocks.get(c)?.name);
    expect(names).toEqual(["五粮液", "万科Ａ", "柳工", "渝开发", "XD邦基科", "DR司南导", "九号公司-WD", "百济神州-U", "C屹唐"]);
  });

  it("reads ST from the name's prefix, not from any ST inside it", () => {
    expect([...stocks.values()].filter((s) => s.isSt).map((s) => s.name)).toEqual(["*ST新研", "*ST广道"]);
  });

  it("writes rows without 最新价 and 688313 (a price but no bar) as suspended, and leaves out rows without 昨收", () => {
    expect(stocks.get("839680.BJ")).toMatchObject({...SUSPENDED, prevCloseFen: 587});
    expect(stocks.get("688313.SH")).toMatchObject({...SUSPENDED, prevCloseFen: 3805});
    expect(["603262.SH", "301609.SZ", "000508.SZ"].map((c) => stocks.has(c))).toEqual([false, false, false]);
    const f = "real/em_spot_2025-07-09.csv";
    expect(imported.warnings.map(formatIssue)).toEqual([
      `${f}:1:1: left out 3 rows: 3 not listed yet or delisted (no 昨收); wrote 4 rows as suspended: 3 not trading (no 最新价), 1 no trades (最新价 = 昨收, no 今开/最高/最低/成交量)`,
      `${f}:16:12: 今开, 最高, 最低 and 成交量 are empty, 最新价 equals 昨收: did not trade, written as suspended at 昨收 38.05`,
      `${f}:22:4: 最新价 is empty: not trading today, written as suspended at 昨收 5.87`,
      `${f}:23:4: 最新价 is empty: not trading today, written as suspended at 昨收 1.12`,
      `${f}:24:4: 最新价 is empty: not trading today, written as suspended at 昨收 38.21`,
      `${f}:25:13: 昨收 is empty: not listed yet or delisted, so no quote: left out`,
      `${f}:26:13: 昨收 is empty: not listed yet or delisted, so no quote: left out`,
      `${f}:27:13: 昨收 is empty: not listed yet or delisted, so no quote: left out`,
    ]);
  });

  it("leaves out a row with a price other than 昨收 and no bar", () => {
    const text = new TextDecoder().decode(real("em_spot_2025-07-09.csv").bytes).replace("2016,688313,仕佳光子,38.05,", "2016,688313,仕佳光子,38.5,");
    const odd = fromAkshare({date: "2025-07-09", spot: {name: "em.csv", bytes: new TextEncoder().encode(text)}});
    expect(odd.ok && odd.value.stocks.some((s) => s.code === "688313.SH")).toBe(false);
    expect(odd.warnings.map(formatIssue)).toContain(
      `em.csv:16:12: 最新价 "38.5" is not 昨收 "38.05" but 今开, 最高, 最低 and 成交量 are empty: no bar to write: left out`,
    );
  });
});

describe("fromAkshare on excerpts of real Sina exports (stock_zh_a_spot)", () => {
  it("tells Sina's table by its header (BOM, unnamed index column, 时间戳) and keeps its volume in shares", () => {
    const imported = fromAkshare({date: "2026-02-24", spot: real("sina_spot_2026-02-24.csv")});
    const stocks = stocksOf(imported);
    expect(imported.ok && imported.value.meta.source).toBe("AKShare (Sina Finance)");
    // bj920000 安徽凤凰: 成交量 539,060.0 is shares (×1, not ×100); sz000001: 60,251,240 shares
    expect(stocks.get("920000.BJ")).toMatchObject({name: "安徽凤凰", prevCloseFen: 1895, closeFen: 1898, volume: 539_060, amountYuan: 10_217_044});
    expect(stocks.get("000001.SZ")?.volume).toBe(60_251_240);
    expect(stocks.get("302132.SZ")?.name).toBe("中航成飞");
    expect(stocks.get("000002.SZ")?.name).toBe("万科Ａ");
    expect(stocks.get("688818.SH")?.name).toBe("C电科");
    expect(stocks.size).toBe(17);
  });

  it("writes both of Sina's suspension patterns as suspended: SZ 最新价 0.0, SH 最新价 = 昨收 with zeros", () => {
    const imported = fromAkshare({date: "2026-02-24", spot: real("sina_spot_2026-02-24.csv")});
    const stocks = stocksOf(imported);
    expect(stocks.get("001285.SZ")).toMatchObject({...SUSPENDED, prevCloseFen: 5884});
    expect(stocks.get("600673.SH")).toMatchObject({...SUSPENDED, prevCloseFen: 3780});
    expect(stocks.get("002231.SZ")).toMatchObject({...SUSPENDED, isSt: true, prevCloseFen: 60});
    const f = "real/sina_spot_2026-02-24.csv";
    expect(imported.warnings.map(formatIssue).slice(0, 3)).toEqual([
      `${f}:1:1: wrote 7 rows as suspended: 4 no trades (最新价 = 昨收, no 今开/最高/最低/成交量), 3 not trading (no 最新价)`,
      `${f}:5:10: 今开, 最高, 最低 and 成交量 are "0.0", 最新价 equals 昨收: did not trade, written as suspended at 昨收 37.80`,
      `${f}:6:10: 今开, 最高, 最低 and 成交量 are "0.0", 最新价 equals 昨收: did not trade, written as suspended at 昨收 18.85`,
    ]);
    expect(imported.warnings).toHaveLength(8);
  });

  it("reads the older Sina layout without the index column and 时间戳, with old Beijing codes", () => {
    const imported = fromAkshare({date: "2024-02-08", spot: real("sina_spot_2024-02.csv")});
    const stocks = stocksOf(imported);
    // bj430017 星昊医药: 3,799,412 shares
    expect(stocks.get("430017.BJ")).toMatchObject({prevCloseFen: 1088, openFen: 1090, highFen: 1289, lowFen: 1066, closeFen: 1271, volume: 3_799_412});
    expect(stocks.get("830799.BJ")?.name).toBe("艾融软件");
    expect(stocks.get("000858.SZ")?.name).toBe("五粮液");
    expect(stocks.get("301502.SZ")?.name).toBe("C华阳智");
    expect(stocks.get("603603.SH")).toMatchObject({...SUSPENDED, isSt: true, prevCloseFen: 100});
    expect(stocks.get("000046.SZ")).toMatchObject({...SUSPENDED, isSt: true, prevCloseFen: 38});
    expect(imported.warnings.map(formatIssue)[0]).toBe(
      "real/sina_spot_2024-02.csv:1:1: wrote 3 rows as suspended: 2 not trading (no 最新价), 1 no trades (最新价 = 昨收, no 今开/最高/最低/成交量)",
    );
  });

  it("still fails a structurally broken file: a missing column, an unclosed quote, a file that is not a spot table", () => {
    const text = new TextDecoder().decode(real("sina_spot_2024-02.csv").bytes);
    const broken = (name: string, t: string) => {
      const imported = fromAkshare({date: "2024-02-08", spot: {name, bytes: new TextEncoder().encode(t)}});
      return imported.ok ? [] : imported.issues.map(formatIssue);
    };
    expect(broken("a.csv", text.replace(",昨收,", ",昨 收,"))).toEqual([
      `a.csv:1:10: missing column "昨收": expected a header with 代码,名称,最新价,成交量,成交额,最高,最低,今开,昨收`,
    ]);
    expect(broken("b.csv", text.replace("bj830799,艾融软件", `bj830799,"艾融软件`))).toEqual([
      "b.csv:3:2: a quoted field is never closed: expected a closing double quote",
    ]);
    expect(broken("c.json", `{"code": "600000"}\n`)).toEqual([
      `c.json:1:1: the CSV cannot be read: Invalid Opening Quote: a quote is found on field 0 at line 1, value is "{"`,
    ]);
    expect(broken("d.csv", "ts_code,trade_date,open\n600000.SH,20240208,6.89\n")[0]).toBe(
      `d.csv:1:1: missing column "代码": expected a header with 代码,名称,最新价,成交量,成交额,最高,最低,今开,昨收`,
    );
  });
});
