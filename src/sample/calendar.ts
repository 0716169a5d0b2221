/**
 * The exchange calendar: trading days are weekdays that no holiday closes (holidays.ts).
 * Dates are ISO strings; day arithmetic is done in UTC so no time zone can shift a date.
 */
import {HOLIDAY_TABLE_SPAN, holidayOn} from "./holidays.ts";

const DAY_MS = 86_400_000;

const toMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (date: string) => new Date(toMs(date)).getUTCDay();

/** The date `days` calendar days after `date` (negative: before). */
export const addDays = (date: string, days: number) => toIso(toMs(date) + days * DAY_MS);

/** True when the exchanges trade on `date`; throws outside the years the holiday table covers. */
export function isTradingDay(date: string): boolean {
  if (date < HOLIDAY_TABLE_SPAN.from || date > HOLIDAY_TABLE_SPAN.to) {
    throw new Error(`isTradingDay: ${date} is outside the holiday table (${HOLIDAY_TABLE_SPAN.from} … ${HOLIDAY_TABLE_SPAN.to})`);
  }
  const wd = weekdayOf(date);
  return wd !== 0 && wd !== 6 && holidayOn(date) === undefined;
}

/** Every trading day from `from` to `to`, both inclusive, ascending. */
export function tradingDays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isTradingDay(d)) out.push(d);
  return out;
}
