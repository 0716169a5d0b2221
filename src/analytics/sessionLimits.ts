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
import type {Snapshot} from "../snapshot/types.ts";

export interface SessionLimits {
  date: string;
  limitUpCount: number;
  limitDownCount: number;
  brokenCount: number;
  /** Its headline limit-up stocks, by code: whose streaks give the session's ladder height. */
  limitUpCodes: string[];
}

/**
 * A run's store of summaries by snapshot: returns the one kept for `snapshot`, or keeps and
 * returns `compute()`. The effects object holds it (io/effects.ts); without one, every call computes.
 */
export type SessionLimitsMemo = (snapshot: Snapshot, compute: () => SessionLimits) => SessionLimits;

export const noMemo: SessionLimitsMemo = (_snapshot, compute) => compute();

/** `calendar`: trading sessions up to at least the snapshot's date. */
export function sessionLimits(snapshot: Snapshot, calendar: readonly string[], master: SecurityMaster): SessionLimits {
  const date = snapshot.meta.date;
  const limitUpCodes: string[] = [];
  let limitDownCount = 0;
  let brokenCount = 0;
  for (const q of snapshot.stocks) {
    const limit = stockLimit(q, date, calendar, master);
    if (!inHeadline(limit)) continue;
    const f = limitFlags(q, limit);
    if (f.limitUp) limitUpCodes.push(q.code);
    if (f.limitDown) limitDownCount += 1;
    if (f.broken) brokenCount += 1;
  }
  limitUpCodes.sort();
  return {date, limitUpCount: limitUpCodes.length, limitDownCount, brokenCount, limitUpCodes};
}

/** Today's summary from today's limit facts: the same counts, without walking the snapshot again. */
export function sessionLimitsOf(date: string, limits: LimitFacts): SessionLimits {
  return {
    date,
    limitUpCount: limits.limitUpCount,
    limitDownCount: limits.limitDownCount,
    brokenCount: limits.brokenCount,
    limitUpCodes: limits.limitUp.map((s) => s.code).sort(),
  };
}
