/**
 * The day's limit events. Scripted stocks first; then streaks that go on (the story's list, or
 * by chance, likelier the higher the streak); then the strongest movers fill the headline
 * limit-ups up to the day's count, the next strongest the broken boards, the weakest the
 * limit-downs; a few ST stocks get theirs too (they stay out of headline counts). Only stocks
 * that did not close limit-up the session before can become a first board, so the number of
 * consecutive limit-ups is exactly the streaks that went on.
 */
import {hasPct, isHeadline, type Draft, type PctDraft} from "./draft.ts";
import type {DayPlan} from "./dayPlan.ts";
import type {Rng} from "./rng.ts";
import type {DayTargets} from "./script.ts";

const strength = (d: PctDraft) => d.r / (d.limit.upPct / 100);
const byStrength = (a: PctDraft, b: PctDraft) => strength(b) - strength(a) || (a.stock.code < b.stock.code ? -1 : 1);
const fitsCap = (d: PctDraft) => d.capFen === null || d.limit.upFen <= d.capFen;

function mark(list: readonly PctDraft[], outcome: "limitUp" | "broken" | "limitDown", n: number, rng: Rng, onePriceOdds: number): void {
  for (const d of list.slice(0, Math.max(0, n))) {
    d.outcome = outcome;
    d.onePrice = rng.chance(onePriceOdds);
  }
}

export function pickEvents(drafts: readonly Draft[], plan: DayPlan, targets: DayTargets, scale: number, rng: Rng): void {
  const open = () => drafts.filter((d): d is PctDraft => hasPct(d) && !d.pinned && !d.stock.cast && d.stock.stKnown && d.outcome === "natural");
  const headlineUp = () => drafts.filter((d) => isHeadline(d) && d.outcome === "limitUp").length;

  // Streaks that go on.
  for (const d of open().filter((x) => x.streak > 0 && fitsCap(x))) {
    if (targets.continuers !== undefined) continue;
    if (rng.chance(0.12 + 0.07 * Math.min(d.streak, 3))) {
      d.outcome = "limitUp";
      d.onePrice = rng.chance(d.streak >= 2 ? 0.4 : 0.15);
    }
  }
  const pool = () => open().filter((d) => !d.stock.isSt);
  const firstBoards = pool().filter((d) => d.streak === 0 && fitsCap(d)).sort(byStrength);
  mark(firstBoards, "limitUp", Math.round(plan.limitUp * scale) - headlineUp(), rng, 0.03);
  ensureOnePrice(drafts);
  mark(pool().sort(byStrength), "broken", Math.round(plan.broken * scale), rng, 0);
  mark(pool().sort(byStrength).reverse(), "limitDown", Math.round(plan.limitDown * scale), rng, 0.15);

  // ST stocks: a few at their 5% limits, more on strong (weak) days.
  const st = () => open().filter((d) => d.stock.isSt && d.streak === 0);
  mark(st().sort(byStrength), "limitUp", Math.round((2 + 300 * Math.max(plan.market, 0)) * scale), rng, 0.1);
  mark(st().sort(byStrength), "broken", Math.round(1 * scale), rng, 0);
  mark(st().sort(byStrength).reverse(), "limitDown", Math.round((1 + 300 * Math.max(-plan.market, 0)) * scale), rng, 0.2);
}

/** Every day shows at least one one-price board: if chance gave none, the longest unscripted streak opens at the limit. */
function ensureOnePrice(drafts: readonly Draft[]): void {
  const up = drafts.filter((d) => isHeadline(d) && d.outcome === "limitUp");
  if (up.some((d) => d.onePrice)) return;
  const pick = up.filter((d) => !d.pinned).sort((a, b) => b.streak - a.streak || (a.stock.code < b.stock.code ? -1 : 1))[0];
  if (pick) pick.onePrice = true;
}
