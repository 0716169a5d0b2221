/**
 * One session's headline limit counts from its snapshot alone, under that day's rules and the
 * same filters as today's (ST stocks and limit-free new listings out): what the mood chart
 * draws for each earlier session. A summary depends only on the snapshot, the calendar up to
 * its date and the security master, so a run may keep one per snapshot and hand it to every
 * brief that shows that session (see SessionLimitsMemo).
 */
import {inHeadline} from "./limitFacts.ts";
import {limitFlags} from "./limitStatus.ts";
import {stockLimit} from "./stockLimit.ts";
import type {LimitFacts} from "./types.ts";
import type {SecurityMaster} from "../market/securityMaster.ts";
import type {Snapshot, StockQuote} from "../snapshot/types.ts";

export interface SessionLimits {
  date: string;
  limitUpCount: number;
  limitDownCount: number;
  brokenCount: number;
  /** Some stock's limit could be known: without one, the counts say nothing (never zero for unknown). */
  anyKnown: boolean;
  /** Its headline limit-up stocks, by code: whose streaks give the session's ladder height. */
  limitUpCodes: string[];
}

/**
 * A run's store of summaries by snapshot: returns the one kept for `snapshot`, or keeps and
 * returns `compute()`. The effects object holds it (io/effects.ts); without one, every call computes.
 */
export type SessionLimitsMemo = (snapshot: Snapshot, compute: () => SessionLimits) => SessionLimits;

export const noMemo: SessionLimitsMemo = (_snapshot, compute) => compute();

/**
 * A headline stock (never ST) has a limit of at least 10% either way, so one that moved less
 * than 5% from the previous close all day cannot have touched it, whatever the rounding to a
 * fen (below 1 CNY a fen is over 1% of the price, so those are always judged). Skipping them
 * spares the limit rule for nine stocks in ten; the counts are those of the full rule.
 */
const mayTouchLimit = (q: StockQuote): boolean =>
  q.prevCloseFen < 100 || (q.highFen !== null && q.highFen * 100 >= q.prevCloseFen * 105) || (q.lowFen !== null && q.lowFen * 100 <= q.prevCloseFen * 95);

/** `calendar`: trading sessions up to at least the snapshot's date. */
export function sessionLimits(snapshot: Snapshot, calendar: readonly string[], master: SecurityMaster): SessionLimits {
  const date = snapshot.meta.date;
  const limitUpCodes: string[] = [];
  let limitDownCount = 0;
  let brokenCount = 0;
  let anyKnown = false;
  for (const q of snapshot.stocks) {
    const mayTouch = mayTouchLimit(q);
    if (!mayTouch && anyKnown) continue;
    const limit = stockLimit(q, date, calendar, master);
    if (limit.kind !== "unknown") anyKnown = true;
    if (!mayTouch || !inHeadline(limit)) continue;
    const f = limitFlags(q, limit);
    if (f.limitUp) limitUpCodes.push(q.code);
    if (f.limitDown) limitDownCount += 1;
    if (f.broken) brokenCount += 1;
  }
  limitUpCodes.sort();
  return {date, limitUpCount: limitUpCodes.length, limitDownCount, brokenCount, anyKnown, limitUpCodes};
}

/** Today's summary from today's limit facts: the same counts, without walking the snapshot again. */
export function sessionLimitsOf(date: string, limits: LimitFacts): SessionLimits {
  return {
    date,
    limitUpCount: limits.limitUpCount,
    limitDownCount: limits.limitDownCount,
    brokenCount: limits.brokenCount,
    anyKnown: limits.knownCount > 0,
    limitUpCodes: limits.limitUp.map((s) => s.code).sort(),
  };
}
