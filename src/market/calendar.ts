/**
 * The exchanges' trading calendar: every session from 1990-12-19 to the last year of the
 * shipped closures, so listing ages and streaks are counted in sessions on a user's very first
 * day, with no history in data/. Dates outside that span are not judged here.
 */
import {CLOSURES_FIRST, CLOSURES_LAST, WEEKDAY_CLOSURES} from "./exchangeClosures.ts";

const DAY_MS = 86_400_000;

/** ISO date of a UTC midnight timestamp (the calendar is in dates, never local time). */
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function computeSessions(): readonly string[] {
  const closed = new Set<string>();
  for (const [year, days] of Object.entries(WEEKDAY_CLOSURES)) for (const d of days) closed.add(`${year}-${d}`);
  const out: string[] = [];
  const end = Date.parse(`${CLOSURES_LAST}T00:00:00Z`);
  for (let ms = Date.parse(`${CLOSURES_FIRST}T00:00:00Z`); ms <= end; ms += DAY_MS) {
    const weekday = new Date(ms).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const date = isoOf(ms);
    if (!closed.has(date)) out.push(date);
  }
  return Object.freeze(out);
}

// Derived from constant data, once: ~8,600 dates, the same on every call.
let sessions: readonly string[] | null = null;

/** Every session the exchanges held (or have scheduled) from 1990-12-19 to CLOSURES_LAST, ascending. */
export function exchangeSessions(): readonly string[] {
  sessions ??= computeSessions();
  return sessions;
}

/** The span the shipped calendar can judge: a date inside it is a session or it is not. */
export const EXCHANGE_CALENDAR_SPAN = {from: CLOSURES_FIRST, to: CLOSURES_LAST} as const;

/** Every session from `from` to `to`, both inclusive, ascending (within the shipped span). */
export const sessionsBetween = (from: string, to: string): string[] => exchangeSessions().filter((d) => d >= from && d <= to);

/** The calendar day before an ISO date (UTC arithmetic on a date: no clock, no time zone). */
export function dayBefore(iso: string): string {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return isoOf(t.getTime());
}

/** Whether the exchanges trade on `date`; null outside the shipped span. */
export function isExchangeSession(date: string): boolean | null {
  if (date < CLOSURES_FIRST || date > CLOSURES_LAST) return null;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !(WEEKDAY_CLOSURES[date.slice(0, 4)] ?? []).includes(date.slice(5));
}
