/**
 * How both editions order and pick the day's limit-up lists: grouped by the size of the limit,
 * and within a group the stocks of the story's sectors first, as a desk would name them; and
 * which stocks stand higher counted with gaps allowed (N天M板).
 */
import type {LadderFacts, LimitStock, StreakStock} from "../analytics/types.ts";
import type {ComposeContext} from "./context.ts";
import {spotlightSector} from "./spotlightSector.ts";

/**
 * Codes the story is about, first: members of the spotlight sector, then of the leading
 * sectors. A long limit-up list names these before the rest, as a desk would.
 */
function storyRank(ctx: ComposeContext): (s: LimitStock) => number {
  const sectors = [spotlightSector(ctx)?.code, ...ctx.facts.sectors.leaders.slice(0, 3).map((s) => s.code)];
  return (s) => {
    const i = sectors.findIndex((code) => code !== undefined && s.sectors.includes(code));
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
}

/** The stocks with the story's sectors' members first, otherwise in the facts' order. */
export function storyFirst(ctx: ComposeContext, stocks: LimitStock[]): LimitStock[] {
  const rank = storyRank(ctx);
  return stocks
    .map((s, i) => ({s, i, r: rank(s)}))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.s);
}

/** Limit-up closes grouped by the size of their limit (20% boards, 10% boards …), largest first. */
export function byLimit(stocks: LimitStock[]): [number, LimitStock[]][] {
  const groups = new Map<number, LimitStock[]>();
  for (const s of stocks) groups.set(s.limitPct, [...(groups.get(s.limitPct) ?? []), s]);
  return [...groups.entries()].sort(([a], [b]) => b - a);
}

/**
 * Heights with gaps allowed, as Chinese sites count them (N天M板): the stocks whose run of
 * limit-ups within recent sessions stands higher than their unbroken streak, most boards first,
 * then the shorter run, then code; at most `max`.
 */
export function gappyRuns(ladder: LadderFacts, max = 5): StreakStock[] {
  return ladder.rungs
    .flatMap((r) => r.stocks)
    .filter((s) => s.boardsInDays.boards >= 2 && s.boardsInDays.days > s.boardsInDays.boards)
    .sort((a, b) => b.boardsInDays.boards - a.boardsInDays.boards || a.boardsInDays.days - b.boardsInDays.days || (a.code < b.code ? -1 : 1))
    .slice(0, max);
}
