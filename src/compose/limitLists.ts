/**
 * How both editions order the day's limit-up list: grouped by the size of the limit, and within a
 * group the stocks of the story's sectors first, as a desk would name them.
 */
import type {LimitStock} from "../analytics/types.ts";
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
