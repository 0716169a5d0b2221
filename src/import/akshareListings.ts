import {boardOf} from "../market/board.ts";
import {orEmpty} from "../snapshot/fields.ts";
import {issueLog, type IssueLog} from "../snapshot/issueLog.ts";
import {readCsvBytes, rowReader, type CsvColumns} from "../snapshot/readCsv.ts";
import {oddRows} from "./oddRows.ts";
import {tradedName} from "./tradedName.ts";
import {listingDate} from "./vendorFields.ts";
import type {VendorFile} from "./vendorFile.ts";

/** What one row of an exchange's listing export says: the code, its name now, its listing date. */
export interface Listing {
  code: string;
  name: string;
  /** ISO; null when the export leaves it empty or it is not a date (warned). */
  listDate: string | null;
  file: string;
  row: number;
  /** Column of the listing date, for warnings about it. */
  dateColumn: number;
}

type Exchange = "sh" | "sz" | "bj";

/**
 * AKShare's listing exports, one per exchange, by the columns we read (others are ignored):
 * `stock_info_sh_name_code` 证券代码, 证券简称, 公司全称 (or 扩位证券简称), 上市日期;
 * `stock_info_sz_name_code` 板块, A股代码, A股简称, A股上市日期, A股总股本, A股流通股本, 所属行业;
 * `stock_info_bj_name_code` 证券代码, 证券简称, 总股本, 流通股本, 上市日期, 所属行业, 地区, 报告日期.
 */
const LAYOUT: Record<Exchange, {code: string; name: string; date: string; suffix: string}> = {
  sh: {code: "证券代码", name: "证券简称", date: "上市日期", suffix: "SH"},
  sz: {code: "A股代码", name: "A股简称", date: "A股上市日期", suffix: "SZ"},
  bj: {code: "证券代码", name: "证券简称", date: "上市日期", suffix: "BJ"},
};

export type ListingFiles = Partial<Record<Exchange, VendorFile>>;

/**
 * The rows of the listing exports given, with their logs. Missing columns, broken CSV and
 * non-UTF-8 bytes are errors; a row that cannot be used (a code on no A-share board, such as a
 * B share, an empty name, a repeated code) is left out with a warning, and a listing date that is
 * not a date is warned and left empty: the name is still worth having.
 */
export function readListings(files: ListingFiles): {listings: Listing[]; logs: IssueLog[]} {
  const listings: Listing[] = [];
  const logs: IssueLog[] = [];
  const seen = new Map<string, string>();
  for (const exchange of ["sh", "sz", "bj"] as const) {
    const file = files[exchange];
    if (!file) continue;
    const c = LAYOUT[exchange];
    const log = issueLog(file.name);
    logs.push(log);
    const columns: CsvColumns = {required: [c.code, c.name, c.date], ignoreUnknown: true, noRows: "no rows: expected one row per listed stock"};
    const table = readCsvBytes(file.bytes, columns, log);
    if (!table || table.missing.size > 0) continue;
    const odd = oddRows(log);
    for (const record of table.records) {
      const r = rowReader(table, record, log);
      // pandas and spreadsheets drop leading zeros: 1 is 000001.
      const code = `${r.text(c.code).padStart(6, "0")}.${c.suffix}`;
      const name = tradedName(r.text(c.name));
      const where = `${file.name}:${r.row}`;
      if (boardOf(code) === null) {
        odd.note("leftOut", "not an A-share code", r.row, r.column(c.code), `${c.code} "${r.text(c.code)}" (${code}) is on no A-share board we cover: left out`);
      } else if (name === "") {
        odd.note("leftOut", "no name", r.row, r.column(c.name), `${c.name} is empty: expected the stock's short name: left out`);
      } else if (seen.has(code)) {
        odd.note("leftOut", "a repeated code", r.row, r.column(c.code), `${code} is listed before, at ${seen.get(code)}: left out`);
      } else {
        seen.set(code, where);
        const date = orEmpty(listingDate)(r.text(c.date), c.date);
        if (!date.ok) r.warn(c.date, `${date.message}: listing date left empty`);
        listings.push({code, name, listDate: date.ok ? date.value : null, file: file.name, row: r.row, dateColumn: r.column(c.date)});
      }
    }
    odd.summarize();
  }
  return {listings, logs};
}
