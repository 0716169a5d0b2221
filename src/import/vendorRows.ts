/**
 * Reading a vendor export row by row, shared by the Tushare converters. `lenient` is for the
 * files that only feed the security master and the calendar: there one odd row is a warning
 * that names it and is left out, never an error that blocks the day (see SPEC "Real data").
 */
import type {FieldParser} from "../snapshot/fields.ts";
import {issueLog, type IssueLog} from "../snapshot/issueLog.ts";
import {readCsvBytes, rowReader, type CsvColumns, type RowReader} from "../snapshot/readCsv.ts";
import {boardOf} from "../market/board.ts";
import type {VendorFile} from "./vendorFile.ts";

export interface VendorRows {
  log: IssueLog;
  rows: RowReader[];
}

/** The rows of a vendor file; structural problems (missing columns, broken quoting) are logged as errors. */
export function vendorRows(file: VendorFile, columns: CsvColumns): VendorRows {
  const log = issueLog(file.name);
  const table = readCsvBytes(file.bytes, columns, log);
  return {log, rows: table ? table.records.map((record) => rowReader(table, record, log)) : []};
}

/** The parsed field, or undefined after a warning at the field saying what is wrong with it. */
export function lenient<T>(r: RowReader, column: string, parser: FieldParser<T>): T | undefined {
  const result = parser(r.text(column), column);
  if (result.ok) return result.value;
  r.warn(column, `${result.message}: row left out`);
  return undefined;
}

/** A stock code on an A-share board we cover, or undefined after a warning (B shares and malformed codes alike). */
export function lenientStockCode(r: RowReader, column: string): string | undefined {
  const code = r.text(column);
  if (/^\d{6}\.(SH|SZ|BJ)$/.test(code) && boardOf(code) !== null) return code;
  r.warn(column, `${column} "${code}" is not a stock on an A-share board we cover: row left out`);
  return undefined;
}

