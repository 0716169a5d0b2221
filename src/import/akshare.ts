import {boardOf} from "../market/board.ts";
import {byCode} from "../snapshot/byCode.ts";
import {checkRange} from "../snapshot/checkRange.ts";
import {nonEmpty} from "../snapshot/fields.ts";
import {issueLog, parsedFrom} from "../snapshot/issueLog.ts";
import {readCsvBytes, rowReader, type CsvColumns, type RowReader} from "../snapshot/readCsv.ts";
import type {Session, StockQuote} from "../snapshot/types.ts";
import type {Imported, VendorFile} from "./vendorFile.ts";
import {lotsToShares, vendorPriceFen, vendorYuan} from "./vendorFields.ts";

export const AKSHARE_SOURCE = "AKShare (East Money)";

export interface AkshareInput {
  /** Trade date, ISO: the spot table carries none. */
  date: string;
  /** stock_zh_a_spot_em export: 代码, 名称, 最新价, 成交量 (lots), 成交额 (yuan), 最高, 最低, 今开, 昨收, … */
  spot: VendorFile;
  /** The spot table is live: taken in the midday break it is a midday snapshot. Default close. */
  session?: Session;
}

const C = {
  code: "代码",
  name: "名称",
  close: "最新价",
  volume: "成交量",
  amount: "成交额",
  high: "最高",
  low: "最低",
  open: "今开",
  prevClose: "昨收",
} as const;

const SPOT: CsvColumns = {
  required: [C.code, C.name, C.close, C.volume, C.amount, C.high, C.low, C.open, C.prevClose],
  ignoreUnknown: true,
};

/** What pandas writes for a missing number, and East Money's dash: the stock did not trade. */
const NO_PRICE = new Set(["", "NaN", "nan", "-"]);

/** Exchange by the code's first digit: 6 Shanghai, 0/3 Shenzhen, 4/8/9 Beijing. */
function withSuffix(digits: string): string | null {
  const exchange = {6: "SH", 0: "SZ", 3: "SZ", 4: "BJ", 8: "BJ", 9: "BJ"}[digits[0] ?? ""];
  return exchange ? `${digits}.${exchange}` : null;
}

/** An AKShare East Money spot table → our snapshot (stocks only: no indices, no membership, listing dates unknown). */
export function fromAkshare(input: AkshareInput): Imported {
  const log = issueLog(input.spot.name);
  const table = readCsvBytes(input.spot.bytes, SPOT, log);
  const stocks: StockQuote[] = [];
  const firstRow = new Map<string, number>();
  for (const record of table?.records ?? []) {
    if (!table) break;
    const r = rowReader(table, record, log);
    // Spreadsheets drop leading zeros: "1" is 000001.
    const digits = r.text(C.code).padStart(6, "0");
    const code = /^\d{6}$/.test(digits) ? withSuffix(digits) : null;
    if (code === null) {
      r.fail(C.code, `${C.code} "${r.text(C.code)}" is not a stock code: expected six digits starting 0, 3, 4, 6, 8 or 9`);
      continue;
    }
    if (boardOf(code) === null) {
      r.warn(C.code, `${C.code} "${r.text(C.code)}" (${code}) is on no A-share board we cover: left out`);
      continue;
    }
    const first = firstRow.get(code);
    if (first !== undefined) r.fail(C.code, `duplicate ${C.code} "${r.text(C.code)}" (first on row ${first})`);
    firstRow.set(code, first ?? r.row);
    const quote = readQuote(r);
    if (quote && !r.failed) stocks.push({code, ...quote});
  }
  return parsedFrom([log], {
    meta: {date: input.date, session: input.session ?? "close", timezone: "Asia/Shanghai", source: AKSHARE_SOURCE},
    stocks: stocks.sort(byCode),
    indices: [],
    members: {},
  });
}

function readQuote(r: RowReader): Omit<StockQuote, "code"> | undefined {
  const name = r.read(C.name, nonEmpty);
  const prevCloseFen = r.read(C.prevClose, vendorPriceFen);
  const suspended = NO_PRICE.has(r.text(C.close));
  const common = {isSt: name === undefined ? null : name.includes("ST"), listDate: null, upLimitFen: null, downLimitFen: null};
  if (name === undefined || prevCloseFen === undefined) return undefined;
  if (suspended) {
    const none = {openFen: null, highFen: null, lowFen: null, closeFen: null};
    return {name, prevCloseFen, ...none, volume: 0, amountYuan: 0, suspended, ...common};
  }
  const [openFen, highFen, lowFen, closeFen] = [C.open, C.high, C.low, C.close].map((c) => r.read(c, vendorPriceFen));
  const volume = r.read(C.volume, lotsToShares);
  const amountYuan = r.read(C.amount, vendorYuan);
  if (highFen !== undefined && lowFen !== undefined) {
    checkRange(r, highFen, lowFen, {open: openFen, close: closeFen}, C);
  }
  if (openFen === undefined || highFen === undefined || lowFen === undefined || closeFen === undefined) return undefined;
  if (volume === undefined || amountYuan === undefined) return undefined;
  return {name, prevCloseFen, openFen, highFen, lowFen, closeFen, volume, amountYuan, suspended, ...common};
}
