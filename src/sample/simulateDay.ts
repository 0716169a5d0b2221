/**
 * One sample day for every listed stock: suspensions, the move each stock's factors (or its
 * story) ask for, the day's limit events, the story's exact counts, then bars and volumes.
 * Stock state (last close, limit-up streak, closes by date) is carried from day to day.
 */
import {hasPct, innerClose, type Draft, type PctDraft} from "./draft.ts";
import type {DayPlan} from "./dayPlan.ts";
import {balanceBreadth, fitUpOver9} from "./fitDay.ts";
import {monthPathReturn} from "./monthPath.ts";
import {naturalMove} from "./naturalMove.ts";
import {pickEvents} from "./pickEvents.ts";
import {shapeBar, volumeOf, type Bar} from "./quoteShape.ts";
import type {Rng} from "./rng.ts";
import {sampleLimit, type SampleLimit} from "./sampleLimit.ts";
import type {StockScript} from "./script.ts";
import type {Stock} from "./stock.ts";
import {pickSuspended} from "./suspensions.ts";

export interface StockState {
  prevFen: number;
  streak: number;
  closes: Map<string, number>;
}

export interface DayQuote {
  stock: Stock;
  prevFen: number;
  bar: Bar | null;
  volume: number;
  amountYuan: number;
  limit: SampleLimit | null;
}

export interface DayInput {
  plan: DayPlan;
  calendar: readonly string[];
  /** Sample dates after this one. */
  later: readonly string[];
  stocks: readonly Stock[];
  states: Map<string, StockState>;
  sectorMove: (code: string) => number;
  script: StockScript;
  /** Code → the index whose cap applies (its ordinary members). */
  capped: Map<string, StockScript["caps"][number]>;
  scale: number;
  rng: Rng;
}

const fracOf = (l: SampleLimit) => (l.kind === "pct" ? l.upPct / 100 : 0);

/** The highest close a story's cap allows on `date` (fen), or null outside the cap's window. */
function capFenOf(cap: StockScript["caps"][number] | undefined, state: StockState, date: string): number | null {
  if (!cap || date <= cap.baseDate || date > cap.to) return null;
  const base = state.closes.get(cap.baseDate);
  return base === undefined ? null : Math.floor(base * cap.ratio);
}

export function simulateDay(input: DayInput): DayQuote[] {
  const {plan, calendar, states, script, rng} = input;
  const date = plan.date;
  const events = script.events[date] ?? {};
  const targets = script.days[date] ?? {};
  const listed = input.stocks.filter((s) => s.listDate <= date);
  const suspended = pickSuspended(listed, states, events, Math.round(14 * input.scale), rng);

  const drafts: Draft[] = listed.map((stock) => {
    const state = states.get(stock.code) as StockState;
    const limit = sampleLimit(stock, state.prevFen, date, calendar);
    const d: Draft = {
      stock, prevFen: state.prevFen, limit, r: naturalMove(stock, limit, plan, input.sectorMove, rng),
      outcome: suspended.has(stock.code) ? "suspended" : "natural", onePrice: false, closeFen: state.prevFen,
      pinned: false, capFen: capFenOf(input.capped.get(stock.code), state, date), streak: state.streak,
    };
    const target = script.monthTargets[stock.code];
    const base = target ? state.closes.get(target.baseDate) : undefined;
    if (target && base !== undefined) {
      const r = monthPathReturn({
        stock, target, baseFen: base, prevFen: state.prevFen, date, later: input.later,
        eventOn: (day) => script.events[day]?.[stock.code],
        upFracOn: (day) => fracOf(sampleLimit(stock, state.prevFen, day, calendar)),
        noise: rng.normal(),
      });
      if (r !== null) [d.r, d.pinned] = [r, true];
    }
    return d;
  });

  if (targets.balanceBreadth) balanceBreadth(drafts);
  for (const d of drafts) {
    const e = events[d.stock.code];
    if (!e || d.outcome === "suspended") continue;
    d.pinned = true;
    if (e.kind === "limitUp") [d.outcome, d.onePrice] = ["limitUp", e.onePrice ?? false];
    else d.r = e.pct;
  }
  pickEvents(drafts, plan, targets, input.scale, rng);
  for (const d of drafts) d.closeFen = closeOf(d, rng);
  if (targets.upOver9) {
    const chinext = (d: Draft) => d.stock.board === "chinext";
    const ok = fitUpOver9(drafts, chinext, targets.upOver9.chinext, rng) && fitUpOver9(drafts, (d) => !chinext(d), targets.upOver9.other, rng);
    if (!ok && input.scale === 1) throw new Error(`${date}: cannot reach the story's count of stocks up more than 9%`);
  }
  return drafts.map((d) => finish(d, states.get(d.stock.code) as StockState, date, plan.session === "midday", rng));
}

function closeOf(d: Draft, rng: Rng): number {
  if (d.outcome === "suspended") return d.prevFen;
  if (d.limit.kind === "none") return Math.max(1, Math.round(d.prevFen * (1 + d.r)));
  const u = rng.uniform(0.35, 0.9);
  if (d.outcome === "limitUp") return d.limit.upFen;
  if (d.outcome === "limitDown") return d.limit.downFen;
  if (d.outcome === "broken") return Math.max(d.limit.downFen + 1, Math.min(d.limit.upFen - 1, Math.round(d.prevFen * (1 + (u * d.limit.upPct) / 100))));
  return innerClose(d as PctDraft, d.r, rng.float());
}

function finish(d: Draft, state: StockState, date: string, midday: boolean, rng: Rng): DayQuote {
  if (d.outcome === "suspended") return {stock: d.stock, prevFen: d.prevFen, bar: null, volume: 0, amountYuan: 0, limit: null};
  const bar = shapeBar(d, rng);
  const {volume, amountYuan} = volumeOf(d, bar, midday, rng);
  state.closes.set(date, bar.closeFen);
  state.prevFen = bar.closeFen;
  state.streak = hasPct(d) && d.outcome === "limitUp" ? state.streak + 1 : 0;
  return {stock: d.stock, prevFen: d.prevFen, bar, volume, amountYuan, limit: d.limit};
}
