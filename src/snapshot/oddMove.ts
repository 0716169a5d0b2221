import {boardOf, type Board} from "../market/board.ts";
import {limitRuleFor} from "../market/limitRules.ts";
import {limitDownFen, limitUpFen} from "../market/limitPrice.ts";
import {fenText} from "../market/fen.ts";

const BOARD_NAMES: Record<Board, string> = {
  main: "main board",
  chinext: "ChiNext",
  star: "STAR Market",
  bse: "Beijing Stock Exchange",
};

/** A stock listed this many calendar days ago or less may still be in its limit-free first sessions. */
const NEW_LISTING_DAYS = 35;

const MS_PER_DAY = 86_400_000;

/** Up and down limits in percent; null when no ordinary rule applies. */
type Limits = {up: number; down: number} | null;

// By trade date, board and ST status: a file has thousands of stocks and one date. (For a
// long-listed stock the listing date only picks an IPO regime, which no longer applies.)
const limitsByKey = new Map<string, Limits>();

/**
 * The ordinary limits of a long-listed stock: its own rule when its ST status is known, else the
 * wider of the board's ST and non-ST rules (a warning must never be wrong for lack of the flag).
 */
function ordinaryLimits(board: Board, isSt: boolean | null, listDate: string, date: string): Limits {
  const key = `${date}|${board}|${isSt}`;
  let limits = limitsByKey.get(key);
  if (limits === undefined) {
    if (limitsByKey.size > 10_000) limitsByKey.clear();
    const rules = (isSt === null ? [true, false] : [isSt]).flatMap((st) => {
      const rule = limitRuleFor({board, isSt: st, sessionsListed: Number.MAX_SAFE_INTEGER, listDate, date});
      return rule?.kind === "pct" ? [rule] : [];
    });
    limits = rules.length === 0 ? null : {up: Math.max(...rules.map((r) => r.up)), down: Math.max(...rules.map((r) => r.down))};
    limitsByKey.set(key, limits);
  }
  return limits;
}

/**
 * Why a close looks implausible, or null: it is above the stock's limit-up price or below its
 * limit-down price, by its own rule (board, ST status, trade date), or by the board's widest
 * rule when `isSt` is unknown. Prices are compared in fen, as the exchange rounds them, never as
 * percentages: a one-fen stock may legally move 11.1% (0.09 → 0.10 is its limit-up), and a
 * main-board ST stock at +10% is beyond its 5%. Only a sanity check on the input: new or unknown
 * listings are skipped (they may have no limit), and the analytics count limits exactly.
 */
export function oddMove(
  stock: {code: string; prevCloseFen: number; closeFen: number; listDate: string | null; isSt: boolean | null},
  date: string,
): string | null {
  const board = boardOf(stock.code);
  if (board === null || stock.listDate === null) return null;
  if (Date.parse(date) - Date.parse(stock.listDate) <= NEW_LISTING_DAYS * MS_PER_DAY) return null;
  const limits = ordinaryLimits(board, stock.isSt, stock.listDate, date);
  if (limits === null) return null;
  const {prevCloseFen, closeFen} = stock;
  const up = closeFen > prevCloseFen;
  const limitFen = up ? limitUpFen(prevCloseFen, limits.up) : limitDownFen(prevCloseFen, limits.down);
  if (up ? closeFen <= limitFen : closeFen >= limitFen) return null;
  const pct = ((Math.abs(closeFen - prevCloseFen) / prevCloseFen) * 100).toFixed(1);
  const pctLimit = up ? limits.up : limits.down;
  const rule =
    stock.isSt === null
      ? `${pctLimit}%, the ${BOARD_NAMES[board]}'s widest rule, as is_st is empty`
      : `${pctLimit}% for ${stock.isSt ? "an ST" : "a"} stock on the ${BOARD_NAMES[board]}`;
  return (
    `close ${fenText(closeFen)} is ${pct}% ${up ? "above" : "below"} prev_close ${fenText(prevCloseFen)}, ` +
    `beyond its limit-${up ? "up" : "down"} price ${fenText(limitFen)} (${rule}): check the prices`
  );
}
