/**
 * Exact headline figures a story asks of a day. Breadth: ordinary stocks' moves are shifted
 * so their median is a hair above zero (advancers ≈ decliners). Stocks up more than 9%:
 * ordinary stocks are moved across the 9% line, down to 5–8.5% or up to 9.2–17%, until the
 * count on ChiNext and on the other boards is exact. Judged as the analytics judge it, in
 * integer fen: (close − prev) × 100 > 9 × prev.
 */
import {innerClose, type Draft, type PctDraft} from "./draft.ts";
import type {Rng} from "./rng.ts";

const over9 = (d: Draft) => d.outcome !== "suspended" && (d.closeFen - d.prevFen) * 100 > 9 * d.prevFen;
const adjustable = (d: Draft): d is PctDraft => d.limit.kind === "pct" && d.outcome === "natural" && !d.pinned && !d.stock.cast;

/** Shifts adjustable drafts' returns so their median is +0.03%. */
export function balanceBreadth(drafts: readonly Draft[]): void {
  const free = drafts.filter(adjustable);
  const rs = free.map((d) => d.r).sort((a, b) => a - b);
  const median = rs[Math.floor(rs.length / 2)] ?? 0;
  for (const d of free) d.r += 0.0003 - median;
}

/** Moves ordinary stocks across +9% until `want` of `group` are above it; false when it cannot. */
export function fitUpOver9(drafts: readonly Draft[], group: (d: Draft) => boolean, want: number, rng: Rng): boolean {
  const members = drafts.filter(group);
  let have = members.filter(over9).length;
  const down = members.filter((d): d is PctDraft => adjustable(d) && over9(d)).sort((a, b) => a.r - b.r || (a.stock.code < b.stock.code ? -1 : 1));
  for (const d of down) {
    if (have <= want) break;
    d.closeFen = innerClose(d, rng.uniform(0.05, 0.085), rng.float());
    d.r = d.closeFen / d.prevFen - 1;
    if (!over9(d)) have -= 1;
  }
  const up = members
    .filter((d): d is PctDraft => adjustable(d) && !over9(d) && d.limit.upPct >= 20)
    .sort((a, b) => b.r - a.r || (a.stock.code < b.stock.code ? -1 : 1));
  for (const d of up) {
    if (have >= want) break;
    const closeFen = innerClose(d, rng.uniform(0.092, 0.17), rng.float());
    if (closeFen < d.limit.upFen - 1 && (closeFen - d.prevFen) * 100 > 9 * d.prevFen) {
      d.closeFen = closeFen;
      d.r = closeFen / d.prevFen - 1;
      have += 1;
    }
  }
  return have === want;
}
