/**
 * The Tushare Pro requests behind one trading day, grouped by the export file each feeds (the
 * names `npm run import` would be given). Fields are named in full, since the API's defaults
 * leave some out (stock_basic's enname, list_status and delist_date).
 */
import {BROAD_INDICES} from "../market/broadIndices.ts";
import type {TushareExports} from "../import/tushareDay.ts";

/** One API call: the JSON body less the token. */
export interface TushareRequest {
  api_name: string;
  params: Record<string, string>;
  fields: string;
}

export interface TushareDownload {
  /** Which input of importTushare the answers make. */
  input: Exclude<keyof TushareExports, "date">;
  /** The file name problems are reported against: rows are the answer's items, the header row 1. */
  name: string;
  /** Their answers are one table, in this order. */
  requests: TushareRequest[];
}

const DAILY = "ts_code,trade_date,open,high,low,close,pre_close,change,pct_chg,vol,amount";
const STK_LIMIT = "trade_date,ts_code,pre_close,up_limit,down_limit";
const STOCK_BASIC = "ts_code,symbol,name,area,industry,market,list_date,list_status,delist_date,enname";
const NAMECHANGE = "ts_code,name,start_date,end_date,ann_date,change_reason";
const TRADE_CAL = "exchange,cal_date,is_open,pretrade_date";

/** The downloads for trade date `date` (ISO). */
export function tushareDownloads(date: string): TushareDownload[] {
  const day = date.replaceAll("-", "");
  const year = day.slice(0, 4);
  const one = (api_name: string, params: Record<string, string>, fields: string): TushareRequest => ({api_name, params, fields});
  return [
    {input: "daily", name: "daily.csv", requests: [one("daily", {trade_date: day}, DAILY)]},
    {input: "limits", name: "stk_limit.csv", requests: [one("stk_limit", {trade_date: day}, STK_LIMIT)]},
    {
      input: "indexDaily",
      name: "index_daily.csv",
      requests: BROAD_INDICES.map((b) => one("index_daily", {ts_code: b.code, trade_date: day}, DAILY)),
    },
    // Listed stocks, and delisted ones for the master's delist dates.
    {input: "basic", name: "stock_basic.csv", requests: ["L", "D"].map((s) => one("stock_basic", {list_status: s}, STOCK_BASIC))},
    // The whole history every time: it is one table of a few pages, and a partial one would lose names.
    {input: "namechange", name: "namechange.csv", requests: [one("namechange", {}, NAMECHANGE)]},
    {
      input: "tradeCal",
      name: "trade_cal.csv",
      requests: [one("trade_cal", {exchange: "SSE", start_date: `${year}0101`, end_date: `${year}1231`}, TRADE_CAL)],
    },
  ];
}
