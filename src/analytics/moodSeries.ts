/**
 * The market's mood over the recent sessions (情绪周期): per session the limit-up, limit-down and
 * broken counts, the seal rate and the ladder's height, oldest first and today last. Earlier
 * sessions come from their own snapshots, counted as today's are (sessionLimits); a session of
 * the calendar whose snapshot is not in data/ is left out, and so is one where no stock's limit
 * could be known (today included), so a short history gives a short series rather than zeros.
 */
import type {DayContext} from "./dayContext.ts";
import {limitUpStreak} from "./limitUpStreak.ts";
import {lowerBound} from "../market/sessionsListed.ts";
import {sessionLimits, type SessionLimits, type SessionLimitsMemo} from "./sessionLimits.ts";
import type {LadderFacts, MoodSession} from "./types.ts";

/** Sessions the mood chart covers, today included. */
export const MOOD_SESSIONS = 20;

const sealRate = (s: SessionLimits) => (s.limitUpCount + s.brokenCount === 0 ? null : s.limitUpCount / (s.limitUpCount + s.brokenCount));

/** The ladder's height on an earlier session: each of its limit-ups' streak, walked back from that day. */
function heightOn(date: string, s: SessionLimits, ctx: DayContext): {maxHeight: number; maxHeightLowerBound: boolean} {
  const then = {...ctx, date, quotes: ctx.quotesOn(date) ?? new Map()};
  let maxHeight = 0;
  let maxHeightLowerBound = false;
  for (const code of s.limitUpCodes) {
    const streak = limitUpStreak(code, then);
    if (streak.height > maxHeight || (streak.height === maxHeight && streak.lowerBound)) {
      maxHeight = streak.height;
      maxHeightLowerBound = streak.lowerBound;
    }
  }
  return {maxHeight, maxHeightLowerBound};
}

/**
 * `today`: today's summary and ladder (already computed for the facts). `memo` keeps each earlier
 * session's summary for the run, so a backfill counts each snapshot once, not once per brief
 * that charts it; a session's ladder height is walked again per brief, over its limit-ups only.
 */
export function moodSeries(ctx: DayContext, today: SessionLimits, ladder: LadderFacts, memo: SessionLimitsMemo): MoodSession[] {
  const {calendar, master} = ctx.day.history;
  const end = lowerBound(calendar, ctx.date);
  const series: MoodSession[] = [];
  for (const date of calendar.slice(Math.max(0, end - (MOOD_SESSIONS - 1)), end)) {
    const snapshot = ctx.daysByDate.get(date);
    if (!snapshot) continue;
    const s = memo(snapshot, () => sessionLimits(snapshot, calendar, master));
    if (!s.anyKnown) continue;
    const {limitUpCodes: _, anyKnown: __, ...counts} = s;
    series.push({...counts, sealRate: sealRate(s), ...heightOn(date, s, ctx)});
  }
  if (!today.anyKnown) return series;
  const top = ladder.rungs[0];
  const {limitUpCodes: _, anyKnown: __, ...counts} = today;
  series.push({...counts, sealRate: sealRate(today), maxHeight: ladder.maxHeight, maxHeightLowerBound: top?.stocks.some((s) => s.lowerBound) ?? false});
  return series;
}
