/**
 * One stock's price limits on one day: the dated rule, cross-checked against the vendor's
 * published limit prices when the snapshot carries them.
 */
import {boardOf, type Board} from "../market/board.ts";
import {limitDownFen, limitUpFen} from "../market/limitPrice.ts";
import {limitRuleFor} from "../market/limitRules.ts";
import {listingAge, type ListingAgeSource} from "../market/listingAge.ts";
import {riskWarningIn} from "../market/nameMarks.ts";
import {nameOn, type SecurityMaster} from "../market/securityMaster.ts";
import type {UnknownLimitReason, VendorLimitMismatch} from "./types.ts";
import type {StockQuote} from "../snapshot/types.ts";

// Exchange short names are Chinese: an ST mark can be read only in a name as the exchange writes it.
const CJK = /[\u3400-\u9fff]/;

/**
 * Risk-warning status on `date`: the day's is_st; else the master's name in force that day;
 * else the day's own name as traded. Null when none of them can tell.
 */
export function riskWarningOn(quote: StockQuote, date: string, master: SecurityMaster): boolean | null {
  if (quote.isSt !== null) return quote.isSt;
  const dated = nameOn(master, quote.code, date);
  if (dated !== null) return riskWarningIn(dated) !== null;
  return CJK.test(quote.name) ? riskWarningIn(quote.name) !== null : null;
}

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
      ageSource: ListingAgeSource;
    }
  /** A new listing in its limit-free sessions. */
  | {kind: "none"; board: Board; isSt: boolean; ageSource: ListingAgeSource}
  | {kind: "unknown"; reason: UnknownLimitReason};

/**
 * The limit of `quote` on `date`. Fails closed: unknown board, ST status or listing age gives
 * `unknown` with the reason. ST status is required on every board (not only where the rule
 * depends on it) because headline counts exclude ST stocks and cannot tell without it. ST
 * status and listing age come from the day's row first, then the security master, then the
 * exchanges' marks in the name as traded (see market/listingAge.ts).
 */
export function stockLimit(quote: StockQuote, date: string, calendar: readonly string[], master: SecurityMaster): StockLimit {
  const board = boardOf(quote.code);
  if (board === null) return {kind: "unknown", reason: "unknownBoard"};
  const isSt = riskWarningOn(quote, date, master);
  if (isSt === null) return {kind: "unknown", reason: "unknownSt"};
  const masterListDate = master.securities.get(quote.code)?.listDate ?? null;
  const age = listingAge(date, calendar, quote.listDate, masterListDate, quote.name);
  if (age === null) return {kind: "unknown", reason: "unknownListingAge"};
  const rule = limitRuleFor({board, isSt, sessionsListed: age.sessions, listDate: age.listDate, date});
  // With board, ST and age known, no rule means the board had no regime in force on that date.
  if (rule === null) return {kind: "unknown", reason: "unknownBoard"};
  if (rule.kind === "none") return {kind: "none", board, isSt, ageSource: age.source};

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
    isSt,
    upPct: rule.up,
    downPct: rule.down,
    upFen: quote.upLimitFen ?? ruleUp,
    downFen: quote.downLimitFen ?? ruleDown,
    source: vendor ? "vendor" : "rule",
    mismatches,
    ageSource: age.source,
  };
}
