import {boardOf} from "../market/board.ts";
import type {Parsed} from "./issue.ts";
import type {StockQuote} from "./types.ts";
import {byCode} from "./byCode.ts";
import {count, displayName, flag, isoDate, orEmpty, priceFen, yuan} from "./fields.ts";
import {issueLog, parsedFrom, type IssueLog} from "./issueLog.ts";
import {checkRange} from "./checkRange.ts";
import {oddMove} from "./oddMove.ts";
import {readCsvBytes, rowReader, type RowReader} from "./readCsv.ts";

export const STOCK_COLUMNS = {
  required: [
    "code", "name", "prev_close", "open", "high", "low", "close",
    "volume", "amount", "is_st", "list_date", "suspended",
  ],
  optional: ["up_limit", "down_limit"],
  noRows: "no stock rows: expected one row per listed stock",
} as const;

export interface StocksRead {
  stocks: StockQuote[];
  /** Every well-formed code seen, even on rows with other errors; null when the list cannot be complete. */
  codes: ReadonlySet<string> | null;
}

/** stocks.csv → quotes sorted by code. `date` is the trade date (a listing date may not be after it). */
export function parseStocks(file: string, bytes: Uint8Array, date: string): Parsed<StockQuote[]> {
  const log = issueLog(file);
  const {stocks} = readStocks(bytes, date, log);
  return parsedFrom([log], stocks);
}

export function readStocks(bytes: Uint8Array, date: string, log: IssueLog): StocksRead {
  const table = readCsvBytes(bytes, STOCK_COLUMNS, log);
  if (!table) return {stocks: [], codes: null};

  const stocks: StockQuote[] = [];
  const codes = new Map<string, number>();
  for (const record of table.records) {
    const r = rowReader(table, record, log);
    const code = readStockCode(r);
    if (code !== undefined) {
      const first = codes.get(code);
      if (first === undefined) codes.set(code, r.row);
      else r.fail("code", `duplicate code "${code}" (first on row ${first})`);
    }
    const quote = readQuote(r, date, code);
    if (quote && !r.failed) stocks.push(quote);
  }
  // A row with the wrong number of fields still names its stock: members.csv may refer to it.
  for (const {fields} of table.malformed) {
    const code = fields[table.position.get("code") ?? -1];
    if (code !== undefined && boardOf(code) !== null) codes.set(code, codes.get(code) ?? 0);
  }
  stocks.sort(byCode);
  const complete = !table.missing.has("code") && !table.broken;
  return {stocks, codes: complete ? new Set(codes.keys()) : null};
}

/** A stock code with its exchange suffix on a known board, from column `column` of the row; undefined after logging why not. */
export function readStockCode(r: RowReader, column = "code"): string | undefined {
  if (!r.has(column)) return undefined;
  const code = r.text(column);
  const m = /^(\d{6})(\.([A-Za-z]+))?$/.exec(code);
  if (!m) return void r.fail(column, `${column} "${code}" is not a stock code: expected six digits and .SH, .SZ or .BJ`);
  if (!m[2]) return void r.fail(column, `${column} "${code}" has no exchange suffix: expected .SH, .SZ or .BJ`);
  if (!["SH", "SZ", "BJ"].includes(m[3] ?? "")) {
    return void r.fail(column, `${column} "${code}" has an unknown exchange suffix ".${m[3]}": expected .SH, .SZ or .BJ`);
  }
  if (boardOf(code) === null) {
    return void r.fail(
      column,
      `${column} "${code}" is on no known board: expected SH 600/601/603/605/688/689, ` +
        "SZ 000-003/300/301/302 or BJ 920/43/83/87/88",
    );
  }
  return code;
}

// Parsers of optional fields, made once rather than once a row.
const optionalFlag = orEmpty(flag);
const optionalDate = orEmpty(isoDate);
const optionalPrice = orEmpty(priceFen);
const DAY_PRICES = ["open", "high", "low", "close"] as const;

/** The row's quote, every field checked (and each bad one logged) even when the code is bad. */
function readQuote(r: RowReader, date: string, code: string | undefined): StockQuote | undefined {
  const name = r.read("name", displayName);
  const prevCloseFen = r.read("prev_close", priceFen);
  const suspended = r.read("suspended", flag);
  const [openFen, highFen, lowFen, closeFen] = DAY_PRICES.map((column) =>
    readDayPrice(r, column, suspended),
  );
  const volume = r.read("volume", count);
  const amountYuan = r.read("amount", yuan);
  const isSt = r.read("is_st", optionalFlag);
  const listDate = r.read("list_date", optionalDate);
  const upLimitFen = r.read("up_limit", optionalPrice);
  const downLimitFen = r.read("down_limit", optionalPrice);
  if (listDate && listDate > date) r.fail("list_date", `list_date "${listDate}" is after the trade date ${date}`);
  if (suspended && volume) r.warn("volume", `volume "${r.text("volume")}" is given for a suspended stock: expected 0`);
  if (highFen != null && lowFen != null) checkRange(r, highFen, lowFen, {open: openFen, close: closeFen});

  if (
    name === undefined || prevCloseFen === undefined || suspended === undefined ||
    openFen === undefined || highFen === undefined || lowFen === undefined || closeFen === undefined ||
    volume === undefined || amountYuan === undefined || isSt === undefined || listDate === undefined ||
    upLimitFen === undefined || downLimitFen === undefined || code === undefined || r.failed
  ) {
    return undefined;
  }
  if (closeFen !== null) {
    const odd = oddMove({code, prevCloseFen, closeFen, listDate, isSt}, date);
    if (odd) r.warn("close", odd);
  }
  return {
    code, name, prevCloseFen, openFen, highFen, lowFen, closeFen, volume, amountYuan,
    isSt, listDate, suspended, upLimitFen, downLimitFen,
  };
}

/** A day price: required when trading, empty when suspended (suspension unknown: either). */
function readDayPrice(r: RowReader, column: string, suspended: boolean | undefined): number | null | undefined {
  // A missing column is the header's error; reading it just fails the row.
  if (!r.has(column)) return r.read(column, priceFen);
  if (suspended === true) {
    if (r.text(column) === "") return null;
    r.fail(column, `${column} "${r.text(column)}" is given but the stock is suspended (suspended=1): expected empty`);
    return undefined;
  }
  if (suspended === false && r.text(column) === "") {
    r.fail(column, `${column} is empty but the stock is not suspended (suspended=0): expected a price`);
    return undefined;
  }
  return r.read(column, optionalPrice);
}
