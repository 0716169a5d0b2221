import type {Board} from "./board.ts";

/**
 * Daily price-limit regimes, dated. A rule is picked by trade date, never one constant:
 * exchanges change limits (ChiNext went from ±10% to ±20% on 2020-08-24; main-board ST
 * stocks go from ±5% to ±10% on 2026-07-06).
 *
 * Percent values are whole percents of the previous close; `up`/`down` differ only for the
 * old first-day IPO cap (+44% / −36%).
 */
export interface PctLimit {
  kind: "pct";
  up: number;
  down: number;
}

/** No daily limit at all (new listings in their first sessions). */
export interface NoLimit {
  kind: "none";
}

export type LimitRule = PctLimit | NoLimit;

interface Regime {
  board: Board;
  /** Applies to ST stocks (true), non-ST (false) or both (undefined). */
  st?: boolean;
  /** Inclusive ISO dates; `to` undefined = still in force. */
  from: string;
  to?: string;
  up: number;
  down: number;
}

const pct = (n: number) => ({up: n, down: n});

/** Ordinary limits by board and ST status. The first matching row wins. */
const REGIMES: readonly Regime[] = [
  {board: "main", st: true, from: "1998-04-22", to: "2026-07-05", ...pct(5)},
  {board: "main", st: true, from: "2026-07-06", ...pct(10)},
  {board: "main", st: false, from: "1996-12-16", ...pct(10)},
  // Before the 2020-08-24 reform ChiNext risk-warning stocks had ±5% like the main board's.
  {board: "chinext", st: true, from: "2009-10-30", to: "2020-08-23", ...pct(5)},
  {board: "chinext", st: false, from: "2009-10-30", to: "2020-08-23", ...pct(10)},
  {board: "chinext", from: "2020-08-24", ...pct(20)},
  {board: "star", from: "2019-07-22", ...pct(20)},
  {board: "bse", from: "2021-11-15", ...pct(30)},
];

/** How a new listing is treated in its first sessions, by board and listing date. */
interface IpoRegime {
  board: Board;
  from: string;
  to?: string;
  /** Sessions (1 = listing day) with no limit at all. */
  freeSessions: number;
  /** A first-day cap instead of no limit (the old +44% / −36% rule); then freeSessions is 0. */
  firstDayCap?: {up: number; down: number};
}

const IPO_REGIMES: readonly IpoRegime[] = [
  {board: "main", from: "2014-01-01", to: "2023-04-09", freeSessions: 0, firstDayCap: {up: 44, down: 36}},
  // Registration-based main-board listings: five limit-free sessions from 2023-04-10.
  {board: "main", from: "2023-04-10", freeSessions: 5},
  {board: "chinext", from: "2014-01-01", to: "2020-08-23", freeSessions: 0, firstDayCap: {up: 44, down: 36}},
  {board: "chinext", from: "2020-08-24", freeSessions: 5},
  {board: "star", from: "2019-07-22", freeSessions: 5},
  {board: "bse", from: "2021-11-15", freeSessions: 1},
];

/** The most sessions any IPO regime treats specially: past them only the ordinary regimes apply. */
export const LONGEST_IPO_WINDOW = Math.max(...IPO_REGIMES.map((r) => (r.firstDayCap ? 1 : r.freeSessions)));

const inForce = (r: {from: string; to?: string}, date: string) =>
  r.from <= date && (r.to === undefined || date <= r.to);

export interface LimitQuery {
  board: Board | null;
  isSt: boolean | null;
  /** Trading sessions since listing, counting the listing day as 1; null when unknown. */
  sessionsListed: number | null;
  /** Listing date, ISO; decides which IPO regime applied. Not needed past LONGEST_IPO_WINDOW. */
  listDate: string | null;
  /** Trade date, ISO. */
  date: string;
}

/**
 * The limit rule for one stock on one day, or null when it cannot be known (unknown board,
 * ST status or listing age): callers leave such stocks out of limit counts, never guess.
 */
export function limitRuleFor(q: LimitQuery): LimitRule | null {
  if (q.board === null || q.sessionsListed === null) return null;
  const young = q.sessionsListed <= LONGEST_IPO_WINDOW;
  if (young && q.listDate === null) return null;
  const ipo = young ? IPO_REGIMES.find((r) => r.board === q.board && inForce(r, q.listDate as string)) : undefined;
  if (ipo) {
    if (q.sessionsListed <= ipo.freeSessions) return {kind: "none"};
    if (ipo.firstDayCap && q.sessionsListed === 1) return {kind: "pct", ...ipo.firstDayCap};
  }
  // ST status matters only where a regime distinguishes it.
  const needsSt = REGIMES.some((r) => r.board === q.board && r.st !== undefined && inForce(r, q.date));
  if (needsSt && q.isSt === null) return null;
  const regime = REGIMES.find(
    (r) => r.board === q.board && inForce(r, q.date) && (r.st === undefined || r.st === q.isSt),
  );
  return regime ? {kind: "pct", up: regime.up, down: regime.down} : null;
}
