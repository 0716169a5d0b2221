import {boardOf, type Board} from "../market/board.ts";
import {limitRuleFor} from "../market/limitRules.ts";
import {fenText} from "../market/fen.ts";

const BOARD_NAMES: Record<Board, string> = {
  main: "main board",
  chinext: "ChiNext",
  star: "STAR Market",
  bse: "Beijing Stock Exchange",
};

/** A stock listed this many calendar days ago or less may still be in its limit-free first sessions. */
const NEW_LISTING_DAYS = 35;

/** Leeway beyond the ordinary limit, in percent, before a move is called odd. */
const LEEWAY_PCT = 1;

const MS_PER_DAY = 86_400_000;

// By trade date and board: a file has thousands of stocks and one date. (For a long-listed
// stock the listing date only picks an IPO regime, which no longer applies.)
const widest = new Map<string, Map<Board, number | null>>();

/** Long listed, so the ordinary rule applies; ST or not, the wider of the two, in percent. */
function widestLimit(board: Board, listDate: string, date: string): number | null {
  let byBoard = widest.get(date);
  if (!byBoard) {
    if (widest.size > 10_000) widest.clear();
    byBoard = new Map();
    widest.set(date, byBoard);
  }
  let limit = byBoard.get(board);
  if (limit === undefined) {
    const limits = [true, false].flatMap((isSt) => {
      const rule = limitRuleFor({board, isSt, sessionsListed: Number.MAX_SAFE_INTEGER, listDate, date});
      return rule?.kind === "pct" ? [Math.max(rule.up, rule.down)] : [];
    });
    limit = limits.length === 0 ? null : Math.max(...limits);
    byBoard.set(board, limit);
  }
  return limit;
}

/**
 * Why a close looks implausible, or null: it moved further from the previous close than the
 * board's widest ordinary daily limit (plus 1%) allows. Only a sanity check on the input:
 * new or unknown listings are skipped (they may have no limit), and the exact limit test is
 * the analytics' job.
 */
export function oddMove(
  stock: {code: string; prevCloseFen: number; closeFen: number; listDate: string | null},
  date: string,
): string | null {
  const board = boardOf(stock.code);
  if (board === null || stock.listDate === null) return null;
  if (Date.parse(date) - Date.parse(stock.listDate) <= NEW_LISTING_DAYS * MS_PER_DAY) return null;
  const limit = widestLimit(board, stock.listDate, date);
  if (limit === null) return null;
  const moveFen = Math.abs(stock.closeFen - stock.prevCloseFen);
  // Compared in integers: move / prev > (limit + leeway) / 100.
  if (moveFen * 100 <= stock.prevCloseFen * (limit + LEEWAY_PCT)) return null;
  const pct = ((moveFen / stock.prevCloseFen) * 100).toFixed(1);
  const direction = stock.closeFen > stock.prevCloseFen ? "above" : "below";
  return `close ${fenText(stock.closeFen)} is ${pct}% ${direction} prev_close ${fenText(stock.prevCloseFen)}, beyond the ${BOARD_NAMES[board]}'s ±${limit}% daily limit: check the prices`;
}
