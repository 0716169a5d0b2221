/**
 * Listing age in trading sessions, counted on the trading calendar (never calendar days:
 * a stock listed on the Friday before the National Day holiday is in its second session the
 * following Wednesday week, not its twelfth day).
 */

import {LONGEST_IPO_WINDOW} from "./limitRules.ts";

/** Index of the first calendar date ≥ date (binary search; calendar ascending). */
export function lowerBound(calendar: readonly string[], date: string): number {
  let lo = 0;
  let hi = calendar.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((calendar[mid] as string) < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Sessions since listing on `date`, the listing day counting as 1; null when unknown.
 *
 * A listing date before the calendar's first date is "old enough" only when the calendar
 * itself already holds more sessions up to `date` than the longest IPO window: then the
 * stock has certainly left it, and the returned count is a lower bound (callers only ask
 * "first session?" and "within the window?"). Otherwise, and for a listing date after
 * `date` (inconsistent data), the age is unknown.
 */
export function sessionsListed(listDate: string | null, date: string, calendar: readonly string[]): number | null {
  if (listDate === null || listDate > date) return null;
  const end = lowerBound(calendar, date);
  // Sessions in the calendar from its start through `date` inclusive.
  const upToDate = end < calendar.length && calendar[end] === date ? end + 1 : end;
  if (calendar.length === 0 || listDate < (calendar[0] as string)) {
    return upToDate > LONGEST_IPO_WINDOW ? upToDate + 1 : null;
  }
  return upToDate - lowerBound(calendar, listDate);
}
