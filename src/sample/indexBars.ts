/**
 * Daily bars around a path of closes: the open a small gap from the previous close, the high
 * and low a little beyond the body; a story may give a bar's shape outright. All in thousandths
 * of a point.
 */
import type {Rng} from "./rng.ts";
import type {BarShape} from "./script.ts";

export interface MilliBar {
  date: string;
  prev: number;
  open: number;
  high: number;
  low: number;
  close: number;
}

/** `firstPrev` is the close before the first day. */
export function indexBars(
  rng: Rng,
  calendar: readonly string[],
  closes: readonly number[],
  firstPrev: number,
  vol: number,
  shapes: Record<string, BarShape>,
): MilliBar[] {
  return calendar.map((date, t) => {
    const prev = t === 0 ? firstPrev : (closes[t - 1] as number);
    const close = closes[t] as number;
    const shape = shapes[date];
    // Draw the same numbers whether or not a shape replaces them, so scripts never shift other bars.
    const gap = rng.normal() * 0.25 * vol;
    const up = Math.abs(rng.normal()) * 0.35 * vol;
    const down = Math.abs(rng.normal()) * 0.35 * vol;
    const open = Math.round(prev * (1 + (shape?.open ?? gap)));
    const high = shape ? Math.round(prev * (1 + shape.high)) : Math.round(Math.max(open, close) * (1 + up));
    const low = shape ? Math.round(prev * (1 + shape.low)) : Math.round(Math.min(open, close) * (1 - down));
    return {date, prev, open, high: Math.max(high, open, close), low: Math.min(low, open, close), close};
  });
}
