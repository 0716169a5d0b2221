/**
 * Market breadth: advancers, decliners, unchanged, suspended; stocks up more than 9%; and the
 * distribution of % change in buckets. All comparisons are exact integer arithmetic on fen:
 * "change ≤ −7%" is (close − prev) × 100 ≤ −7 × prev.
 */
import {BOARDS, boardOf, type Board} from "../market/board.ts";
import type {DayContext} from "./dayContext.ts";
import {inHeadline} from "./limitFacts.ts";
import {limitFlags} from "./limitStatus.ts";
import type {StockLimit} from "./stockLimit.ts";
import type {BoardBreadth, BreadthBucket, BreadthFacts, BucketId} from "./types.ts";

/** Buckets in display order with their bounds as fractions (documentation and charts). */
const BUCKETS: readonly (readonly [BucketId, number | null, number | null])[] = [
  ["limitDown", null, null],
  ["le-7", null, -0.07],
  ["-7to-5", -0.07, -0.05],
  ["-5to-3", -0.05, -0.03],
  ["-3to0", -0.03, 0],
  ["zero", 0, 0],
  ["0to3", 0, 0.03],
  ["3to5", 0.03, 0.05],
  ["5to7", 0.05, 0.07],
  ["ge7", 0.07, null],
  ["limitUp", null, null],
];

/**
 * The bucket of a traded stock. Limit buckets come first and only for stocks whose limit is
 * known and that closed exactly at it (an ST stock at +5% is "limitUp", not "3to5"). Otherwise a
 * boundary belongs to the bucket farther from zero: exactly −7% is "le-7", exactly +3% is
 * "3to5", exactly 0 is "zero".
 */
export function bucketOf(prevFen: number, closeFen: number, atLimit: "up" | "down" | null): BucketId {
  if (atLimit === "down") return "limitDown";
  if (atLimit === "up") return "limitUp";
  const d = (closeFen - prevFen) * 100;
  if (d <= -7 * prevFen) return "le-7";
  if (d <= -5 * prevFen) return "-7to-5";
  if (d <= -3 * prevFen) return "-5to-3";
  if (d < 0) return "-3to0";
  if (d === 0) return "zero";
  if (d < 3 * prevFen) return "0to3";
  if (d < 5 * prevFen) return "3to5";
  if (d < 7 * prevFen) return "5to7";
  return "ge7";
}

type Tally = Omit<BoardBreadth, "board">;

const emptyTally = (): Tally => ({
  advancers: 0,
  decliners: 0,
  unchanged: 0,
  suspended: 0,
  upOver9: 0,
  limitUp: 0,
  limitDown: 0,
});

export function breadth(ctx: DayContext): BreadthFacts {
  const total = emptyTally();
  const byBoard = new Map(BOARDS.map((board): [Board, BoardBreadth] => [board, {board, ...emptyTally()}]));
  const counts = new Map<BucketId, number>(BUCKETS.map(([id]) => [id, 0]));
  for (const q of ctx.day.snapshot.stocks) {
    const board = boardOf(q.code);
    const rows: Tally[] = board === null ? [total] : [total, byBoard.get(board) as BoardBreadth];
    const limit = ctx.limits.get(q.code) as StockLimit;
    const c = q.closeFen;
    if (q.suspended || c === null) {
      for (const r of rows) r.suspended += 1;
      continue;
    }
    const f = limitFlags(q, limit);
    const key = c > q.prevCloseFen ? "advancers" : c < q.prevCloseFen ? "decliners" : "unchanged";
    // "Up more than 9%": strictly, (close − prev) × 100 > 9 × prev.
    const over9 = (c - q.prevCloseFen) * 100 > 9 * q.prevCloseFen;
    const headline = inHeadline(limit);
    for (const r of rows) {
      r[key] += 1;
      r.upOver9 += Number(over9);
      r.limitUp += Number(headline && f.limitUp);
      r.limitDown += Number(headline && f.limitDown);
    }
    const bucket = bucketOf(q.prevCloseFen, c, f.limitUp ? "up" : f.limitDown ? "down" : null);
    counts.set(bucket, (counts.get(bucket) as number) + 1);
  }
  const distribution: BreadthBucket[] = BUCKETS.map(([id, lower, upper]) => ({
    id,
    lower,
    upper,
    count: counts.get(id) as number,
  }));
  return {
    total: ctx.day.snapshot.stocks.length,
    advancers: total.advancers,
    decliners: total.decliners,
    unchanged: total.unchanged,
    suspended: total.suspended,
    upOver9: total.upOver9,
    // Amounts may carry fen; rounding the sum to whole yuan keeps float noise out of the facts.
    turnoverYuan: Math.round(ctx.day.snapshot.stocks.reduce((sum, s) => sum + s.amountYuan, 0)),
    byBoard: [...byBoard.values()],
    distribution,
  };
}
