/** Where a stock closed relative to its limit prices. Comparisons are on integer fen. */
import type {StockLimit} from "./stockLimit.ts";
import type {LimitStatus} from "./types.ts";
import type {StockQuote} from "../snapshot/types.ts";

export interface LimitFlags {
  /** Close equals the limit-up price (涨停). */
  limitUp: boolean;
  limitDown: boolean;
  /** High reached the limit-up price but the close did not stay there (炸板). */
  broken: boolean;
  /** Low reached the limit-down price but the close came off it (跌停 opened). */
  brokenDown: boolean;
  /** open = high = low = close = the limit (一字板). */
  onePriceUp: boolean;
  onePriceDown: boolean;
}

const NONE: LimitFlags = {limitUp: false, limitDown: false, broken: false, brokenDown: false, onePriceUp: false, onePriceDown: false};

/**
 * The limit flags of a traded stock under a known percent limit; all false when suspended or
 * without a percent limit. Exact fen equality, as the exchanges define 涨停 / 跌停.
 */
export function limitFlags(quote: StockQuote, limit: StockLimit): LimitFlags {
  const {openFen: o, highFen: h, lowFen: l, closeFen: c} = quote;
  if (limit.kind !== "pct" || quote.suspended || o === null || h === null || l === null || c === null) return NONE;
  const limitUp = c === limit.upFen;
  const limitDown = c === limit.downFen;
  return {
    limitUp,
    limitDown,
    broken: !limitUp && h === limit.upFen,
    brokenDown: !limitDown && l === limit.downFen,
    onePriceUp: limitUp && o === c && h === c && l === c,
    onePriceDown: limitDown && o === c && h === c && l === c,
  };
}

/** The flags as one label for member lists. */
export function limitStatusOf(quote: StockQuote, limit: StockLimit): LimitStatus {
  if (limit.kind === "unknown") return "unknown";
  const f = limitFlags(quote, limit);
  if (f.limitUp) return "limitUp";
  if (f.limitDown) return "limitDown";
  if (f.broken) return "broken";
  return "none";
}
