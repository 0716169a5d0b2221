/**
 * How both editions order and pick the day's limit-up lists: the whole board grouped by theme,
 * each group's stocks by streak, then change, then code; and which stocks stand higher counted
 * with gaps allowed (N天M板).
 */
import type {LadderFacts, LimitStock, LimitTheme, MarketFacts, StreakStock} from "../analytics/types.ts";

/** A theme gets a group of its own from this many limit-ups; smaller ones share the last group. */
export const MIN_GROUP = 2;

/**
 * At most this many themes get a heading and a table of their own; the rest share the last
 * table, their theme beside each name. A real day of 150 limit-ups spreads over 30-odd themes,
 * most of two or three stocks: thirty headings would bury the few themes that led.
 */
export const MAX_GROUPS = 10;

export interface BoardRow {
  stock: LimitStock;
  /** Its place on the ladder (every headline limit-up has one; undefined only in inconsistent facts). */
  streak: StreakStock | undefined;
  /** The theme it is grouped under (the facts' limitThemes), null when it has none. */
  theme: LimitTheme | null;
}

export interface BoardGroup {
  /** null for the last group: stocks alone in their theme, and those of no theme. */
  theme: LimitTheme | null;
  rows: BoardRow[];
}

/** Streak height descending, then the larger change, then code. */
function compareRows(a: BoardRow, b: BoardRow): number {
  return (b.streak?.height ?? 0) - (a.streak?.height ?? 0) || b.stock.pctChange - a.stock.pctChange || (a.stock.code < b.stock.code ? -1 : a.stock.code > b.stock.code ? 1 : 0);
}

/** Whether the day's data tells any limit-up stock's sectors (a bare spot table carries no membership, so no theme can be named). */
export const themesKnown = (facts: Pick<MarketFacts, "limits">): boolean => facts.limits.limitUp.some((s) => s.sectors.length > 0);

/**
 * Every headline limit-up of the day, once: groups in the facts' theme order (largest first),
 * then one group of the rest. Nothing is left out, however long the board.
 */
export function limitBoard(facts: Pick<MarketFacts, "limits" | "ladder" | "limitThemes">): BoardGroup[] {
  const streaks = new Map(facts.ladder.rungs.flatMap((r) => r.stocks.map((s) => [s.code, s] as const)));
  const themeOf = new Map(facts.limitThemes.flatMap((t) => t.codes.map((c) => [c, t] as const)));
  const rows = facts.limits.limitUp.map((stock): BoardRow => ({stock, streak: streaks.get(stock.code), theme: themeOf.get(stock.code) ?? null}));
  const groups: BoardGroup[] = [];
  const rest: BoardRow[] = [];
  for (const theme of facts.limitThemes) {
    const own = rows.filter((r) => r.theme === theme);
    if (own.length >= MIN_GROUP && groups.length < MAX_GROUPS) groups.push({theme, rows: own.sort(compareRows)});
    else rest.push(...own);
  }
  rest.push(...rows.filter((r) => r.theme === null));
  if (rest.length > 0) groups.push({theme: null, rows: rest.sort(compareRows)});
  return groups;
}

/** True when the N天M板 count stands higher than the unbroken streak: a limit-up before a gap. */
export const gappy = (s: StreakStock): boolean => s.boardsInDays.boards >= 2 && s.boardsInDays.days > s.boardsInDays.boards;

/**
 * Heights with gaps allowed, as Chinese sites count them (N天M板): the stocks whose run of
 * limit-ups within recent sessions stands higher than their unbroken streak, most boards first,
 * then the shorter run, then code; at most `max`.
 */
export function gappyRuns(ladder: LadderFacts, max = 5): StreakStock[] {
  return ladder.rungs
    .flatMap((r) => r.stocks)
    .filter(gappy)
    .sort((a, b) => b.boardsInDays.boards - a.boardsInDays.boards || a.boardsInDays.days - b.boardsInDays.days || (a.code < b.code ? -1 : 1))
    .slice(0, max);
}
