/**
 * The move a stock's factors ask for on a day, before any limit event: market and board
 * through its beta, the sector it follows in full and its other sectors a little, and its own
 * noise (fat-tailed: one day in twenty-five three times as wide). New listings in their
 * limit-free sessions jump on the first day and swing widely after.
 */
import type {Board} from "../market/board.ts";
import type {DayPlan} from "./dayPlan.ts";
import type {Rng} from "./rng.ts";
import type {SampleLimit} from "./sampleLimit.ts";
import type {Stock} from "./stock.ts";

const FIRST_DAY: Record<Board, [number, number]> = {main: [0.4, 1.5], chinext: [0.6, 2.5], star: [0.5, 2.2], bse: [0.8, 3.0]};

export function naturalMove(
  stock: Stock,
  limit: SampleLimit,
  plan: DayPlan,
  sectorMove: (code: string) => number,
  rng: Rng,
): number {
  const noise = rng.normal() * (rng.chance(0.04) ? 3 : 1);
  if (limit.kind === "none") {
    if (limit.session === 1) {
      const [lo, hi] = FIRST_DAY[stock.board];
      return lo + (hi - lo) * rng.float();
    }
    return -0.01 + 0.07 * noise;
  }
  const board = stock.board === "chinext" ? plan.chinext : stock.board === "star" ? plan.star : 0;
  const [lead, ...others] = stock.sectors;
  const sector =
    (lead === undefined ? 0 : sectorMove(lead)) +
    (others.length === 0 ? 0 : (0.3 * others.reduce((s, c) => s + sectorMove(c), 0)) / others.length);
  const session = plan.session === "midday" ? 0.6 : 1;
  return session * (stock.beta * (plan.market + board) + sector + stock.sigma * noise);
}
