import {boardOf} from "../market/board.ts";
import type {SecurityMaster} from "../market/securityMaster.ts";
import {byCode} from "../snapshot/byCode.ts";
import {issueLog, parsedFrom, type IssueLog} from "../snapshot/issueLog.ts";
import {readCsvBytes, rowReader} from "../snapshot/readCsv.ts";
import type {Session, StockQuote} from "../snapshot/types.ts";
import {EAST_MONEY} from "./akshareEm.ts";
import {SINA} from "./akshareSina.ts";
import {oddRows, rowProblems} from "./oddRows.ts";
import {isSinaHeader, SPOT as C, SPOT_COLUMNS, type SpotFormat} from "./spotFormat.ts";
import {readSpotRow} from "./spotRow.ts";
import type {Imported, VendorFile} from "./vendorFile.ts";

export const AKSHARE_SOURCE = EAST_MONEY.source;

export interface AkshareInput {
  /** Trade date, ISO: the spot tables carry none. */
  date: string;
  /** A `stock_zh_a_spot_em` (East Money) or `stock_zh_a_spot` (Sina) export; which one is told by its header. */
  spot: VendorFile;
  /** The spot table is live: taken in the midday break it is a midday snapshot. Default close. */
  session?: Session;
  /** The data folder's security master, for listing dates (the spot tables have none). */
  master?: SecurityMaster;
}

/**
 * An AKShare spot table → our snapshot (stocks only: no indices, no membership). Only a file
 * that cannot be read as a spot table (not UTF-8, not CSV, a column missing, a broken quote, a
 * truncated row) is an error; a row that cannot be used is left out or written as suspended with
 * one warning, and a summary warning counts them (oddRows). Listing dates come from `master`
 * when it knows the code, else stay empty (the analytics then read the N and C marks).
 */
export function fromAkshare(input: AkshareInput): Imported {
  const log = issueLog(input.spot.name);
  const table = readCsvBytes(input.spot.bytes, SPOT_COLUMNS, log);
  const format: SpotFormat = table && isSinaHeader(table.header) ? SINA : EAST_MONEY;
  const odd = oddRows(log);
  const stocks: StockQuote[] = [];
  const firstRow = new Map<string, number>();
  for (const record of table && table.missing.size === 0 ? table.records : []) {
    const problems = rowProblems(log);
    const r = rowReader(table as NonNullable<typeof table>, record, problems);
    const code = format.code(r.text(C.code));
    if ("problem" in code) {
      odd.note("leftOut", "not a stock code", r.row, r.column(C.code), `${code.problem}: left out`);
      continue;
    }
    if (boardOf(code.code) === null) {
      odd.note("leftOut", "on no A-share board", r.row, r.column(C.code), `${C.code} "${r.text(C.code)}" (${code.code}) is on no A-share board we cover: left out`);
      continue;
    }
    const first = firstRow.get(code.code);
    if (first !== undefined) {
      odd.note("leftOut", "a repeated code", r.row, r.column(C.code), `${C.code} "${r.text(C.code)}" repeats row ${first}: left out`);
      continue;
    }
    firstRow.set(code.code, r.row);
    const row = readSpotRow(r, format.volume);
    const problem = problems.first();
    if (row === null || problem !== null) {
      const message = problem?.message ?? "the row cannot be read";
      odd.note("leftOut", "a value that is not valid", r.row, problem?.column ?? 1, `${message}: left out`);
      continue;
    }
    if (row.odd) odd.note(row.odd.outcome, row.odd.reason, r.row, r.column(row.odd.column), row.odd.message);
    if (row.quote === null) continue;
    const listDate = listDateOf(input, code.code, log, r.row, r.column(C.code));
    stocks.push({code: code.code, ...row.quote, listDate, upLimitFen: null, downLimitFen: null});
  }
  odd.summarize();
  return parsedFrom([log], {
    meta: {date: input.date, session: input.session ?? "close", timezone: "Asia/Shanghai", source: format.source},
    stocks: stocks.sort(byCode),
    indices: [],
    members: {},
  });
}

/** The master's listing date of `code`; null when unknown, or (with a warning) when it is after the trade date. */
function listDateOf(input: AkshareInput, code: string, log: IssueLog, row: number, column: number): string | null {
  const listDate = input.master?.securities.get(code)?.listDate ?? null;
  if (listDate === null || listDate <= input.date) return listDate;
  log.warn(row, column, `the security master lists ${code} from ${listDate}, after the trade date ${input.date}: listing date left empty`);
  return null;
}
