import {riskWarningIn} from "../market/nameMarks.ts";
import {checkRange} from "../snapshot/checkRange.ts";
import {fenText} from "../market/fen.ts";
import type {FieldParser} from "../snapshot/fields.ts";
import type {RowReader} from "../snapshot/readCsv.ts";
import type {StockQuote} from "../snapshot/types.ts";
import type {OddOutcome} from "./oddRows.ts";
import {SPOT as C} from "./spotFormat.ts";
import {tradedName} from "./tradedName.ts";
import {vendorPriceFen, vendorYuan} from "./vendorFields.ts";

/** What a spot row says of its stock, all but what comes from elsewhere (code, listing date, vendor limits). */
export type SpotQuote = Omit<StockQuote, "code" | "listDate" | "upLimitFen" | "downLimitFen">;

/** Why a row is not an ordinary quote: the summary's reason, the column to point at, the warning. */
export interface OddRow {
  outcome: OddOutcome;
  reason: string;
  column: string;
  message: string;
}

export type SpotRow = {quote: SpotQuote; odd: OddRow | null} | {quote: null; odd: OddRow};

/**
 * "No value": East Money leaves a cell empty (pandas may write NaN, EM's pages a dash); Sina
 * writes 0.0 instead. A price or a volume of zero is never a quote, so both mean the same.
 */
const NO_VALUE = new Set(["", "NaN", "nan", "-", "None"]);
const absent = (text: string) => NO_VALUE.has(text) || /^0+(\.0*)?$/.test(text);
const shown = (text: string) => (NO_VALUE.has(text) ? "empty" : `"${text}"`);

/**
 * One row of a spot table → the day's quote, or why it is left out, or a suspended quote and
 * why. Rules (the vendors mark "did not trade" in three ways, see data/README.md):
 * - no 昨收: not listed yet, or delisted: there is no previous close to be suspended at, so the
 *   row is left out;
 * - no 最新价 (EM: empty; Sina SZ style: 0.0): not trading, written as suspended;
 * - a 最新价 equal to 昨收 with no 今开, 最高, 最低 and no 成交量 (EM 688313 仕佳光子; Sina SH
 *   style: zeros): it did not trade either; the "price" is only the previous close carried
 *   over, so it is written as suspended. With a 最新价 other than 昨收 and no bar it is left out.
 * Malformed values are logged through the row reader (the caller decides what that means).
 */
export function readSpotRow(r: RowReader, volume: FieldParser<number>): SpotRow | null {
  const name = tradedName(r.text(C.name));
  if (name === "") r.fail(C.name, `${C.name} is empty: expected a name`);
  if (absent(r.text(C.prevClose))) {
    const message = `${C.prevClose} is ${shown(r.text(C.prevClose))}: not listed yet or delisted, so no quote: left out`;
    return {quote: null, odd: {outcome: "leftOut", reason: "not listed yet or delisted (no 昨收)", column: C.prevClose, message}};
  }
  const prevCloseFen = r.read(C.prevClose, vendorPriceFen);
  if (prevCloseFen === undefined || r.failed) return null;
  const none = {openFen: null, highFen: null, lowFen: null, closeFen: null, volume: 0, amountYuan: 0, suspended: true};
  const stock = {name, isSt: riskWarningIn(name) !== null, prevCloseFen};
  const at = `written as suspended at 昨收 ${fenText(prevCloseFen)}`;
  if (absent(r.text(C.close))) {
    const message = `${C.close} is ${shown(r.text(C.close))}: not trading today, ${at}`;
    return {quote: {...stock, ...none}, odd: {outcome: "suspended", reason: "not trading (no 最新价)", column: C.close, message}};
  }
  if ([C.open, C.high, C.low, C.volume].every((c) => absent(r.text(c)))) {
    const closeFen = r.read(C.close, vendorPriceFen);
    if (closeFen === undefined) return null;
    const bar = `${C.open}, ${C.high}, ${C.low} and ${C.volume} are ${shown(r.text(C.open))}`;
    if (closeFen !== prevCloseFen) {
      const message = `${C.close} "${r.text(C.close)}" is not 昨收 "${r.text(C.prevClose)}" but ${bar}: no bar to write: left out`;
      return {quote: null, odd: {outcome: "leftOut", reason: "a 最新价 but no bar", column: C.open, message}};
    }
    const message = `${bar}, ${C.close} equals 昨收: did not trade, ${at}`;
    return {quote: {...stock, ...none}, odd: {outcome: "suspended", reason: "no trades (最新价 = 昨收, no 今开/最高/最低/成交量)", column: C.open, message}};
  }
  const [openFen, highFen, lowFen, closeFen] = [C.open, C.high, C.low, C.close].map((c) => r.read(c, vendorPriceFen));
  const shares = r.read(C.volume, volume);
  const amountYuan = r.read(C.amount, vendorYuan);
  if (highFen !== undefined && lowFen !== undefined) checkRange(r, highFen, lowFen, {open: openFen, close: closeFen}, C);
  if (openFen === undefined || highFen === undefined || lowFen === undefined || closeFen === undefined) return null;
  if (shares === undefined || amountYuan === undefined || r.failed) return null;
  return {quote: {...stock, openFen, highFen, lowFen, closeFen, volume: shares, amountYuan, suspended: false}, odd: null};
}
