/**
 * The day set against the session before it, as Chinese wraps always do: turnover against the
 * previous session (放量 / 缩量), the previous session's limit counts, how its limit-up stocks
 * did today (昨日涨停今日表现) and the promotion rate from each rung of its ladder (连板晋级率).
 * The previous session is the trading calendar's, and its snapshot must be in history; else null.
 * It also names the previous session's top story (kind and subjects), so the headline can tell
 * what changed rather than repeat yesterday's.
 */
import type {DayContext} from "./dayContext.ts";
import {inHeadline} from "./limitFacts.ts";
import {limitFlags} from "./limitStatus.ts";
import {limitUpStreak} from "./limitUpStreak.ts";
import {pctChange} from "../market/fen.ts";
import {lowerBound} from "../market/sessionsListed.ts";
import {stockLimit} from "./stockLimit.ts";
import type {LadderFacts, PreviousSession, PreviousTopStory, Promotion} from "./types.ts";
import type {Day, Snapshot} from "../snapshot/types.ts";

const turnover = (s: Snapshot) => Math.round(s.stocks.reduce((sum, q) => sum + q.amountYuan, 0));

/**
 * The previous session as a Day of its own: its snapshot, with the calendar, earlier snapshots and
 * index bars cut to what was known before it.
 */
export function priorDay(day: Day, date: string, snapshot: Snapshot): Day {
  const {history} = day;
  const indexBars: Day["history"]["indexBars"] = {};
  for (const [code, bars] of Object.entries(history.indexBars)) indexBars[code] = bars.filter((b) => b.date < date);
  return {
    snapshot,
    history: {...history, calendar: history.calendar.filter((d) => d <= date), days: history.days.filter((d) => d.meta.date < date), indexBars},
  };
}

/**
 * `ladder`: today's ladder, for the promotion rate (today's height h + 1 from yesterday's h).
 * `topStoryOn`: the top story of a day's facts (computeFacts passes its own, without a previous session).
 */
export function previousSession(ctx: DayContext, ladder: LadderFacts, topStoryOn: (day: Day) => PreviousTopStory | null = () => null): PreviousSession | null {
  const {calendar, master} = ctx.day.history;
  const i = lowerBound(calendar, ctx.date) - 1;
  const date = calendar[i];
  const snapshot = date === undefined ? undefined : ctx.daysByDate.get(date);
  if (date === undefined || snapshot === undefined) return null;

  // Yesterday's headline limit-ups (ST and limit-free listings out), judged under yesterday's rules.
  const limitUps: string[] = [];
  let limitDownCount = 0;
  let brokenCount = 0;
  for (const q of snapshot.stocks) {
    const limit = stockLimit(q, date, calendar, master);
    if (!inHeadline(limit)) continue;
    const f = limitFlags(q, limit);
    if (f.limitUp) limitUps.push(q.code);
    if (f.limitDown) limitDownCount += 1;
    if (f.broken) brokenCount += 1;
  }

  // How they did today: traded ones only (a stock suspended today has no change).
  let traded = 0;
  let rose = 0;
  let sealedAgain = 0;
  let changeSum = 0;
  for (const code of limitUps) {
    const q = ctx.quotes.get(code);
    if (!q || q.closeFen === null) continue;
    traded += 1;
    const change = pctChange(q.closeFen, q.prevCloseFen);
    changeSum += change;
    if (change > 0) rose += 1;
    const limit = ctx.limits.get(code);
    if (limit && limitFlags(q, limit).limitUp) sealedAgain += 1;
  }

  // Promotion: of yesterday's stocks at height h, how many stand at h + 1 today.
  const todayHeight = new Map(ladder.rungs.flatMap((r) => r.stocks.map((s) => [s.code, s.height] as const)));
  const byHeight = new Map<number, string[]>();
  for (const code of limitUps) {
    const h = todayHeight.has(code) ? (todayHeight.get(code) as number) - 1 : yesterdayHeight(code, date, ctx);
    byHeight.set(h, [...(byHeight.get(h) ?? []), code]);
  }
  const promotion: Promotion[] = [...byHeight.keys()]
    .sort((a, b) => a - b)
    .map((height) => {
      const codes = byHeight.get(height) ?? [];
      const promoted = codes.filter((c) => todayHeight.get(c) === height + 1).length;
      return {height, count: codes.length, promoted, rate: promoted / codes.length};
    });

  const turnoverYuan = turnover(snapshot);
  const todayTurnover = turnover(ctx.day.snapshot);
  return {
    date,
    // Half a day's turnover against a whole day's says nothing: only for a close.
    turnoverYuan,
    turnoverChangeYuan: ctx.day.snapshot.meta.session === "close" ? todayTurnover - turnoverYuan : null,
    limitUpCount: limitUps.length,
    limitDownCount,
    brokenCount,
    limitUpsToday: {
      count: limitUps.length,
      traded,
      rose,
      sealedAgain,
      averagePctChange: traded === 0 ? null : changeSum / traded,
    },
    promotion,
    topStory: topStoryOn(priorDay(ctx.day, date, snapshot)),
  };
}

/** Height of a stock's streak on `date` (it closed limit-up then but not today): walk back from that day. */
function yesterdayHeight(code: string, date: string, ctx: DayContext): number {
  // Today it did not close limit-up, so its streak ended yesterday: count from the day before.
  const earlier = {...ctx, date, quotes: ctx.quotesOn(date) ?? new Map()};
  return limitUpStreak(code, earlier).height;
}
