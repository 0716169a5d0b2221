import {boardOf} from "../market/board.ts";
import {byCode} from "../snapshot/byCode.ts";
import {checkRange} from "../snapshot/checkRange.ts";
import {nonEmpty, orEmpty} from "../snapshot/fields.ts";
import {issueLog, parsedFrom, type IssueLog} from "../snapshot/issueLog.ts";
import {readCsvBytes, rowReader, type CsvColumns, type RowReader} from "../snapshot/readCsv.ts";
import type {IndexQuote, StockQuote} from "../snapshot/types.ts";
import {BROAD_INDICES, broadIndex} from "../market/broadIndices.ts";
import {riskWarningIn} from "../market/nameMarks.ts";
import {nameOn, type SecurityMaster} from "../market/securityMaster.ts";
import type {Imported, VendorFile} from "./vendorFile.ts";
import {compactDate, lotsToShares, onDate, thousandsToYuan, vendorLevel, vendorPriceFen} from "./vendorFields.ts";

export const TUSHARE_SOURCE = "Tushare Pro";

export interface TushareInput {
  /** Trade date, ISO. */
  date: string;
  /** `daily`: ts_code, trade_date, open, high, low, close, pre_close, vol (lots), amount (thousand yuan). */
  daily: VendorFile;
  /**
   * `stock_basic`: ts_code, name, list_date; optional list_status and delist_date (a stock
   * delisted on or before the day, or marked D without a date, is not a stock of the day).
   */
  basic: VendorFile;
  /** `stk_limit`: ts_code, trade_date, up_limit, down_limit. */
  limits?: VendorFile;
  /** `index_daily`: ts_code, trade_date, open, high, low, close, pre_close[, amount]; only the broad indices are kept. */
  indexDaily?: VendorFile;
  /** Last known close by code (from earlier snapshots), for stocks with no daily row: suspended ones. */
  previousCloseFen?: ReadonlyMap<string, number>;
  /**
   * The security master (already merged with this stock_basic and namechange): a stock's name
   * on the day from its dated names wins over stock_basic's current name, for the name and for
   * ST status; its list_date fills one stock_basic leaves empty.
   */
  master?: SecurityMaster;
}

const DAILY: CsvColumns = {
  required: ["ts_code", "trade_date", "open", "high", "low", "close", "pre_close", "vol", "amount"],
  ignoreUnknown: true,
};
const BASIC: CsvColumns = {required: ["ts_code", "name", "list_date"], optional: ["list_status", "delist_date"], ignoreUnknown: true};
const LIMITS: CsvColumns = {required: ["ts_code", "trade_date", "up_limit", "down_limit"], ignoreUnknown: true};
const INDEX_DAILY: CsvColumns = {
  required: ["ts_code", "trade_date", "open", "high", "low", "close", "pre_close"],
  optional: ["amount"],
  ignoreUnknown: true,
};

/** Tushare Pro exports of one day → our snapshot (no sector membership: Tushare's daily tables have none). */
export function fromTushare(input: TushareInput): Imported {
  const {date} = input;
  const logs: IssueLog[] = [];
  const open = (file: VendorFile, columns: CsvColumns) => {
    const log = issueLog(file.name);
    logs.push(log);
    const table = readCsvBytes(file.bytes, columns, log);
    return {log, rows: table ? table.records.map((record) => rowReader(table, record, log)) : []};
  };

  const basicFile = open(input.basic, BASIC);
  const basic = readBasic(basicFile, date, input.master);
  const limits = input.limits ? readLimits(open(input.limits, LIMITS).rows, date) : new Map();
  const stocks: StockQuote[] = [];
  const traded = new Set<string>();
  const daily = open(input.daily, DAILY);
  for (const r of daily.rows) {
    const code = stockCode(r, "ts_code", daily.log);
    if (code === null) continue;
    if (traded.has(code)) {
      r.fail("ts_code", `duplicate ts_code "${code}"`);
      continue;
    }
    traded.add(code);
    const listing = basic.get(code)?.listing;
    if (!listing) r.fail("ts_code", `ts_code "${code}" is not in ${input.basic.name}: expected every traded stock listed there`);
    r.read("trade_date", onDate(date));
    const [open_, high, low, close, prevClose] = (["open", "high", "low", "close", "pre_close"] as const).map((c) =>
      r.read(c, vendorPriceFen),
    );
    const volume = r.read("vol", lotsToShares);
    const amountYuan = r.read("amount", thousandsToYuan);
    if (high !== undefined && low !== undefined) checkRange(r, high, low, {open: open_, close});
    if (
      !listing || open_ === undefined || high === undefined || low === undefined || close === undefined ||
      prevClose === undefined || volume === undefined || amountYuan === undefined || r.failed
    ) {
      continue;
    }
    const limit = limits.get(code);
    stocks.push({
      code, ...listing, prevCloseFen: prevClose, openFen: open_, highFen: high, lowFen: low, closeFen: close,
      volume, amountYuan, suspended: false, upLimitFen: limit?.up ?? null, downLimitFen: limit?.down ?? null,
    });
  }
  // Listed but not traded: suspended for the day, at the last close we know of.
  for (const [code, {listing, row}] of basic) {
    if (traded.has(code)) continue;
    const prevCloseFen = input.previousCloseFen?.get(code);
    if (prevCloseFen === undefined) {
      const message = `${code} has no row in ${input.daily.name} (suspended?) and no earlier close is known: left out`;
      basicFile.log.warn(row, 1, message);
      continue;
    }
    stocks.push({
      code, ...listing, prevCloseFen, openFen: null, highFen: null, lowFen: null, closeFen: null,
      volume: 0, amountYuan: 0, suspended: true, upLimitFen: null, downLimitFen: null,
    });
  }
  const indices = input.indexDaily ? readIndexDaily(open(input.indexDaily, INDEX_DAILY), date) : [];
  return parsedFrom(logs, {
    meta: {date, session: "close", timezone: "Asia/Shanghai", source: TUSHARE_SOURCE},
    stocks: stocks.sort(byCode),
    indices,
    members: {},
  });
}

/**
 * A stock code of a known board, or null: logs a malformed code as an error, and a code on no
 * A-share board we know (a B share, say) as a warning, as it is simply left out.
 */
export function stockCode(r: RowReader, column: string, log: IssueLog): string | null {
  const code = r.text(column);
  if (!/^\d{6}\.(SH|SZ|BJ)$/.test(code)) {
    r.fail(column, `${column} "${code}" is not a stock code: expected six digits and .SH, .SZ or .BJ`);
    return null;
  }
  if (boardOf(code) === null) {
    log.warn(r.row, r.column(column), `${column} "${code}" is on no A-share board we cover: left out`);
    return null;
  }
  return code;
}

type Listing = Pick<StockQuote, "name" | "isSt" | "listDate">;

/** Code → what stock_basic (and the master's dated names) say of it on `date`, and its row in stock_basic. */
function readBasic(
  file: {log: IssueLog; rows: RowReader[]},
  date: string,
  master: SecurityMaster | undefined,
): Map<string, {listing: Listing; row: number}> {
  const listings = new Map<string, {listing: Listing; row: number}>();
  for (const r of file.rows) {
    const code = stockCode(r, "ts_code", file.log);
    if (code === null) continue;
    const name = r.read("name", nonEmpty);
    const listDate = r.read("list_date", orEmpty(compactDate));
    const delistDate = r.read("delist_date", orEmpty(compactDate));
    if (listings.has(code)) r.fail("ts_code", `duplicate ts_code "${code}"`);
    if (name === undefined || listDate === undefined || delistDate === undefined || r.failed) continue;
    // Listing later than the day imported: not a stock of that day yet.
    if (listDate !== null && listDate > date) continue;
    // Delisted by then (Tushare's delist_date is the day it left the exchange): not a stock of the day.
    if (delistDate !== null ? delistDate <= date : r.text("list_status") === "D") continue;
    // The name traded that day, when the master knows it: stock_basic's is today's.
    const traded = (master && nameOn(master, code, date)) ?? name;
    const listed = listDate ?? master?.securities.get(code)?.listDate ?? null;
    listings.set(code, {listing: {name: traded, isSt: riskWarningIn(traded) !== null, listDate: listed}, row: r.row});
  }
  return listings;
}

function readLimits(rows: RowReader[], date: string): Map<string, {up: number; down: number}> {
  const limits = new Map<string, {up: number; down: number}>();
  for (const r of rows) {
    r.read("trade_date", onDate(date));
    const up = r.read("up_limit", vendorPriceFen);
    const down = r.read("down_limit", vendorPriceFen);
    if (up !== undefined && down !== undefined && !r.failed) limits.set(r.text("ts_code"), {up, down});
  }
  return limits;
}

/** The broad indices' bars of the day; other dates and other indices are skipped (an export may cover more). */
function readIndexDaily(file: {log: IssueLog; rows: RowReader[]}, date: string): IndexQuote[] {
  const indices: IndexQuote[] = [];
  for (const r of file.rows) {
    const code = r.text("ts_code");
    const broad = broadIndex(code);
    if (r.read("trade_date", compactDate) !== date) continue;
    if (broad === undefined) {
      file.log.warn(r.row, r.column("ts_code"), `ts_code "${code}" is not one of the broad indices (${BROAD_INDICES.map((b) => b.code).join(", ")}): left out`);
      continue;
    }
    const [open, high, low, close, prevClose] = (["open", "high", "low", "close", "pre_close"] as const).map((c) =>
      r.read(c, vendorLevel),
    );
    const amountYuan = r.has("amount") ? r.read("amount", orEmpty(thousandsToYuan)) : null;
    if (high !== undefined && low !== undefined) checkRange(r, high, low, {open, close});
    if (open === undefined || high === undefined || low === undefined || close === undefined) continue;
    if (prevClose === undefined || amountYuan === undefined || r.failed) continue;
    indices.push({code, name: broad.nameZh, nameEn: broad.name, kind: "broad", prevClose, open, high, low, close, amountYuan});
  }
  return indices.sort(byCode);
}
