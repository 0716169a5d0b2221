/**
 * Month-to-date: today against the last close of the previous month, for a sector index and
 * for its members. The base day is the last trading day before the month began, from the
 * calendar; a fact is omitted (null) when history does not hold that day.
 */
import type {DayContext} from "./dayContext.ts";
import {pctChange} from "../market/fen.ts";
import type {Bar} from "./indexSeries.ts";
import {lowerBound} from "../market/sessionsListed.ts";
import type {MemberMonthToDate, MonthToDate} from "./types.ts";

/** The last calendar date before the first of `date`'s month; null when the calendar starts later. */
export function previousMonthEnd(calendar: readonly string[], date: string): string | null {
  const i = lowerBound(calendar, `${date.slice(0, 7)}-01`);
  return i > 0 ? (calendar[i - 1] as string) : null;
}

const LEADERS = 5;

/** Members by change since the base day (desc, then code); members not traded today or absent then are left out. */
function memberLeaders(members: readonly string[], baseDate: string, ctx: DayContext): MemberMonthToDate[] | null {
  const base = ctx.quotesOn(baseDate);
  if (!base) return null;
  const rows: MemberMonthToDate[] = [];
  for (const code of members) {
    const q = ctx.quotes.get(code);
    const b = base.get(code);
    if (!q || q.closeFen === null || !b) continue;
    // A stock suspended on the base day last traded at its previous close.
    const baseCloseFen = b.closeFen ?? b.prevCloseFen;
    rows.push({code, name: q.name, baseCloseFen, closeFen: q.closeFen, pctChange: pctChange(q.closeFen, baseCloseFen)});
  }
  rows.sort((a, b) => b.pctChange - a.pctChange || (a.code < b.code ? -1 : 1));
  return rows.slice(0, LEADERS);
}

/** `bars` is the index series with today last. */
export function monthToDate(bars: readonly Bar[], members: readonly string[], ctx: DayContext): MonthToDate | null {
  const baseDate = previousMonthEnd(ctx.day.history.calendar, ctx.date);
  const today = bars[bars.length - 1];
  const baseBar = baseDate === null ? undefined : bars.find((b) => b.date === baseDate);
  if (baseDate === null || !today || !baseBar) return null;
  return {
    baseDate,
    baseClose: baseBar.close,
    pctChange: baseBar.close === 0 ? 0 : today.close / baseBar.close - 1,
    leaders: memberLeaders(members, baseDate, ctx),
  };
}
