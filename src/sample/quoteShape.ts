/**
 * From a decided close to a full quote: open, high and low consistent with the outcome
 * (a limit-up's high is the limit, a broken board's high is the limit and its close below,
 * an ordinary stock never touches a limit), then volume in shares (whole lots of 100) and
 * turnover in yuan at the bar's average price.
 */
import type {Draft} from "./draft.ts";
import type {Rng} from "./rng.ts";

export interface Bar {
  openFen: number;
  highFen: number;
  lowFen: number;
  closeFen: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

export function shapeBar(d: Draft, rng: Rng): Bar {
  const p = d.prevFen;
  const c = d.closeFen;
  const s = d.stock.sigma;
  const at = (r: number) => Math.round(p * (1 + r));
  const wick = () => Math.abs(rng.normal()) * 0.45 * s;
  if (d.limit.kind === "none") {
    const o = Math.max(1, Math.round(p + (c - p) * rng.uniform(0.5, 1.1)));
    return {openFen: o, highFen: Math.round(Math.max(o, c) * (1 + wick())), lowFen: Math.max(1, Math.round(Math.min(o, c) * (1 - wick()))), closeFen: c};
  }
  const {upFen, downFen, upPct, downPct} = d.limit;
  if (d.onePrice) return {openFen: c, highFen: c, lowFen: c, closeFen: c};
  if (d.outcome === "limitUp" || d.outcome === "broken") {
    const o = clamp(at(rng.uniform(-0.01, 0.5 * (upPct / 100))), downFen + 1, upFen - 1);
    const low = clamp(Math.min(o, c, at(rng.uniform(-0.025, 0.02))), downFen + 1, Math.min(o, c));
    return {openFen: o, highFen: upFen, lowFen: low, closeFen: c};
  }
  if (d.outcome === "limitDown") {
    const o = clamp(at(-rng.uniform(-0.01, 0.6 * (downPct / 100))), downFen + 1, upFen - 1);
    const high = clamp(Math.max(o, at(rng.uniform(-0.02, 0.02))), o, upFen - 1);
    return {openFen: o, highFen: high, lowFen: downFen, closeFen: c};
  }
  const o = clamp(at(0.35 * d.r + 0.4 * s * rng.normal()), downFen + 1, upFen - 1);
  const high = clamp(Math.round(Math.max(o, c) * (1 + wick())), Math.max(o, c), upFen - 1);
  const low = clamp(Math.round(Math.min(o, c) * (1 - wick())), downFen + 1, Math.min(o, c));
  return {openFen: o, highFen: high, lowFen: low, closeFen: c};
}

/** Shares and yuan for the bar: typical turnover, more on big moves and broken boards, little on one-price boards. */
export function volumeOf(d: Draft, bar: Bar, midday: boolean, rng: Rng): {volume: number; amountYuan: number} {
  const session = d.limit.kind === "none" ? d.limit.session : 0;
  const turnover =
    session === 1 ? 0.7 : session > 1 ? 0.35
    : d.onePrice ? d.stock.turnover * 0.15
    : d.outcome === "broken" ? d.stock.turnover * 3.2
    : d.outcome === "limitUp" ? d.stock.turnover * 2.2
    : d.outcome === "limitDown" ? d.stock.turnover * 1.8
    : d.stock.turnover * Math.min(5, 1 + (0.35 * Math.abs(d.r)) / d.stock.sigma);
  const lots = Math.max(1, Math.round((d.stock.floatShares * turnover * (midday ? 0.55 : 1) * rng.uniform(0.8, 1.25)) / 100));
  const volume = lots * 100;
  const avgFen = (bar.openFen + bar.highFen + bar.lowFen + bar.closeFen) / 4;
  return {volume, amountYuan: Math.round((volume * avgFen) / 100)};
}
