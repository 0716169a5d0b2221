/**
 * The common factors behind every price: the market's daily return, and the ChiNext and STAR
 * boards' own moves on top of it, one value per trading day of the calendar. History days
 * (2023 to the sample window) are drawn; sample days come from the day plan.
 */
import type {DayPlan} from "./dayPlan.ts";
import type {Rng} from "./rng.ts";

export interface Factors {
  market: number[];
  chinext: number[];
  star: number[];
}

export function marketFactors(rng: Rng, calendar: readonly string[], plans: readonly DayPlan[]): Factors {
  const byDate = new Map(plans.map((p) => [p.date, p]));
  const f: Factors = {market: [], chinext: [], star: []};
  for (const date of calendar) {
    const plan = byDate.get(date);
    // Fat tails: one day in twenty moves three times as much.
    const shock = rng.chance(0.05) ? 3 : 1;
    f.market.push(plan?.market ?? 0.0095 * shock * rng.normal());
    f.chinext.push(plan?.chinext ?? 0.006 * rng.normal());
    f.star.push(plan?.star ?? 0.007 * rng.normal());
  }
  return f;
}

/** A broad index's return from the factors (plus its own small noise). */
export function broadReturn(code: string, beta: number, f: Factors, t: number, noise: number): number {
  const m = beta * (f.market[t] as number);
  const board = code === "399006.SZ" ? (f.chinext[t] as number) : code === "000688.SH" ? (f.star[t] as number) : code === "399001.SZ" ? 0.3 * (f.chinext[t] as number) : 0;
  return m + board + noise;
}
