/**
 * Limit-up, limit-down and broken-board lists with the seal rate. Headline lists leave out ST
 * stocks (their limit is a different size, so readers count them apart) and new listings in
 * their limit-free sessions (they cannot hit a limit); both filters are stated in the facts.
 */
import {BOARDS} from "../market/board.ts";
import type {DayContext} from "./dayContext.ts";
import {pctChange} from "../market/fen.ts";
import {limitFlags} from "./limitStatus.ts";
import type {StockLimit} from "./stockLimit.ts";
import type {LimitFacts, LimitFilters, LimitStock, ListingAgeSources, UnknownLimits, VendorLimitMismatch} from "./types.ts";
import type {StockQuote} from "../snapshot/types.ts";

export const HEADLINE_FILTERS: LimitFilters = {excludesSt: true, excludesNoLimitListings: true};

type PctLimit = Extract<StockLimit, {kind: "pct"}>;

function limitStock(q: StockQuote, limit: PctLimit, side: "up" | "down", sectors: string[]): LimitStock {
  // Only traded stocks reach here (limitFlags is all false otherwise), so OHLC are present.
  const closeFen = q.closeFen as number;
  return {
    code: q.code,
    name: q.name,
    board: limit.board,
    isSt: limit.isSt,
    limitPct: side === "up" ? limit.upPct : limit.downPct,
    limitFen: side === "up" ? limit.upFen : limit.downFen,
    limitSource: limit.source,
    prevCloseFen: q.prevCloseFen,
    openFen: q.openFen as number,
    highFen: q.highFen as number,
    lowFen: q.lowFen as number,
    closeFen,
    pctChange: pctChange(closeFen, q.prevCloseFen),
    onePrice: closeFen === q.openFen && closeFen === q.highFen && closeFen === q.lowFen,
    sectors,
  };
}

/** Board order, then the bigger move first (by |pctChange|), then code. */
export function compareLimitStocks(a: LimitStock, b: LimitStock): number {
  return (
    BOARDS.indexOf(a.board) - BOARDS.indexOf(b.board) ||
    Math.abs(b.pctChange) - Math.abs(a.pctChange) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/** True when a stock with this limit belongs in headline counts. */
export const inHeadline = (limit: StockLimit): limit is PctLimit => limit.kind === "pct" && !limit.isSt;

export function limitFacts(ctx: DayContext): LimitFacts {
  const limitUp: LimitStock[] = [];
  const limitDown: LimitStock[] = [];
  const broken: LimitStock[] = [];
  const excluded = {stLimitUp: 0, stLimitDown: 0, stBroken: 0, noLimitListings: 0};
  const unknown: UnknownLimits = {total: 0, unknownBoard: 0, unknownSt: 0, unknownListingAge: 0, codes: []};
  const vendorMismatches: VendorLimitMismatch[] = [];
  const listingAgeSources: ListingAgeSources = {listDate: 0, master: 0, nameMark: 0, unmarkedName: 0};
  let downBroken = 0;

  for (const q of ctx.day.snapshot.stocks) {
    const limit = ctx.limits.get(q.code) as StockLimit;
    if (limit.kind === "unknown") {
      unknown.total += 1;
      unknown[limit.reason] += 1;
      unknown.codes.push(q.code);
      continue;
    }
    listingAgeSources[limit.ageSource] += 1;
    if (limit.kind === "none") {
      excluded.noLimitListings += 1;
      continue;
    }
    vendorMismatches.push(...limit.mismatches);
    const f = limitFlags(q, limit);
    if (limit.isSt) {
      excluded.stLimitUp += Number(f.limitUp);
      excluded.stLimitDown += Number(f.limitDown);
      excluded.stBroken += Number(f.broken);
      continue;
    }
    if (f.limitUp) limitUp.push(limitStock(q, limit, "up", ctx.sectorsOf(q.code)));
    if (f.limitDown) limitDown.push(limitStock(q, limit, "down", ctx.sectorsOf(q.code)));
    if (f.broken) broken.push(limitStock(q, limit, "up", ctx.sectorsOf(q.code)));
    if (f.brokenDown) downBroken += 1;
  }
  for (const list of [limitUp, limitDown, broken]) list.sort(compareLimitStocks);
  unknown.codes.sort();
  const touched = limitUp.length + broken.length;
  const touchedDown = limitDown.length + downBroken;
  const withSt = {
    limitUpCount: limitUp.length + excluded.stLimitUp,
    limitDownCount: limitDown.length + excluded.stLimitDown,
    brokenCount: broken.length + excluded.stBroken,
  };
  const touchedWithSt = withSt.limitUpCount + withSt.brokenCount;
  return {
    filters: {...HEADLINE_FILTERS},
    limitUp,
    limitDown,
    broken,
    onePriceUp: limitUp.filter((s) => s.onePrice),
    onePriceDown: limitDown.filter((s) => s.onePrice),
    limitUpCount: limitUp.length,
    limitDownCount: limitDown.length,
    brokenCount: broken.length,
    touchedCount: touched,
    sealRate: touched === 0 ? null : limitUp.length / touched,
    downBrokenCount: downBroken,
    downSealRate: touchedDown === 0 ? null : limitDown.length / touchedDown,
    withSt: {...withSt, sealRate: touchedWithSt === 0 ? null : withSt.limitUpCount / touchedWithSt},
    listingAgeSources,
    excluded,
    unknown,
    knownCount: ctx.day.snapshot.stocks.length - unknown.total,
    vendorMismatches,
  };
}
