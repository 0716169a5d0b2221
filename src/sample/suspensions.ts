/**
 * Who is suspended today: the long suspensions, plus a fresh handful of ordinary stocks
 * (never the cast, a new listing, a stock on a limit-up streak or one with a scripted event).
 */
import {SAMPLE_START} from "./dayPlan.ts";
import type {Rng} from "./rng.ts";
import type {StockEvent} from "./script.ts";
import type {Stock} from "./stock.ts";

export function pickSuspended(
  listed: readonly Stock[],
  states: ReadonlyMap<string, {streak: number}>,
  events: Record<string, StockEvent>,
  n: number,
  rng: Rng,
): Set<string> {
  const out = new Set(listed.filter((s) => s.alwaysSuspended).map((s) => s.code));
  const eligible = listed.filter((s) => {
    const state = states.get(s.code);
    return !s.cast && !s.alwaysSuspended && s.stKnown && !(s.code in events) && s.listDate < SAMPLE_START && state !== undefined && state.streak === 0;
  });
  for (const s of rng.shuffle(eligible).slice(0, n)) out.add(s.code);
  return out;
}
