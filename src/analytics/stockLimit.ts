/**
 * One stock's price limits on one day: the dated rule, cross-checked against the vendor's
 * published limit prices when the snapshot carries them.
 */
import {boardOf, type Board} from "../market/board.ts";
import {limitDownFen, limitUpFen} from "../market/limitPrice.ts";
import {limitRuleFor} from "../market/limitRules.ts";
import {sessionsListed} from "../market/sessionsListed.ts";
import type {UnknownLimitReason, VendorLimitMismatch} from "./types.ts";
import type {StockQuote} from "../snapshot/types.ts";

export type StockLimit =
  | {
      kind: "pct";
      board: Board;
      isSt: boolean;
      upPct: number;
      downPct: number;
      /** The prices in force: the vendor's when given, else the rule's. */
      upFen: number;
      downFen: number;
      source: "rule" | "vendor";
      /** Where the vendor's prices disagree with the rule (empty when they agree or are absent). */
      mismatches: VendorLimitMismatch[];
    }
  /** A new listing in its limit-free sessions. */
  | {kind: "none"; board: Board; isSt: boolean}
  | {kind: "unknown"; reason: UnknownLimitReason};

/**
 * The limit of `quote` on `date`. Fails closed: unknown board, ST status or listing age gives
 * `unknown` with the reason. ST status is required on every board (not only where the rule
 * depends on it) because headline counts exclude ST stocks and cannot tell without it.
 */
export function stockLimit(quote: StockQuote, date: string, calendar: readonly string[]): StockLimit {
  const board = boardOf(quote.code);
  if (board === null) return {kind: "unknown", reason: "unknownBoard"};
  if (quote.isSt === null) return {kind: "unknown", reason: "unknownSt"};
  const sessions = sessionsListed(quote.listDate, date, calendar);
  if (sessions === null) return {kind: "unknown", reason: "unknownListingAge"};
  const rule = limitRuleFor({board, isSt: quote.isSt, sessionsListed: sessions, listDate: quote.listDate, date});
  // With board, ST and age known, no rule means the board had no regime in force on that date.
  if (rule === null) return {kind: "unknown", reason: "unknownBoard"};
  if (rule.kind === "none") return {kind: "none", board, isSt: quote.isSt};

  const ruleUp = limitUpFen(quote.prevCloseFen, rule.up);
  const ruleDown = limitDownFen(quote.prevCloseFen, rule.down);
  const mismatches: VendorLimitMismatch[] = [];
  if (quote.upLimitFen !== null && quote.upLimitFen !== ruleUp) {
    mismatches.push({code: quote.code, side: "up", ruleFen: ruleUp, vendorFen: quote.upLimitFen});
  }
  if (quote.downLimitFen !== null && quote.downLimitFen !== ruleDown) {
    mismatches.push({code: quote.code, side: "down", ruleFen: ruleDown, vendorFen: quote.downLimitFen});
  }
  const vendor = quote.upLimitFen !== null || quote.downLimitFen !== null;
  return {
    kind: "pct",
    board,
    isSt: quote.isSt,
    upPct: rule.up,
    downPct: rule.down,
    upFen: quote.upLimitFen ?? ruleUp,
    downFen: quote.downLimitFen ?? ruleDown,
    source: vendor ? "vendor" : "rule",
    mismatches,
  };
}
